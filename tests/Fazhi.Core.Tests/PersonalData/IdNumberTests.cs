using Fazhi.Core.PersonalData;

namespace Fazhi.Core.Tests.PersonalData;

public class IdNumberTests
{
    static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Validate_TheStandardsSample_IsValid() => Assert.Null(IdNumber.Validate("11010519491231002X", Today));

    [Theory]
    [InlineData("440203199001011231")]
    [InlineData("440203200002290047")] // 29 February of a leap year
    public void Validate_NumbersWithTheirCheckDigit_AreValid(string id) => Assert.Null(IdNumber.Validate(id, Today));

    [Fact]
    public void Validate_LowerCaseX_IsAcceptedAndNormalised()
    {
        Assert.Null(IdNumber.Validate(" 11010519491231002x ", Today));
        Assert.Equal("11010519491231002X", IdNumber.Normalise(" 11010519491231002x "));
    }

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("440203199001011234")]
    public void Validate_WrongCheckDigit_NamesTheCheckDigit(string id) =>
        Assert.Contains("校验码", IdNumber.Validate(id, Today));

    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105491231002")]
    public void Validate_WrongLength_SaysEighteen(string id) => Assert.Contains("18位", IdNumber.Validate(id, Today));

    [Fact]
    public void Validate_ImpossibleDate_NamesTheDate()
    {
        var first17 = "44020319990230123";
        var id = first17 + IdNumber.CheckChar(first17);
        Assert.Contains("19990230", IdNumber.Validate(id, Today));
    }

    [Fact]
    public void Validate_BirthDateInTheFuture_IsRefused()
    {
        var first17 = "44020320261130123";
        var id = first17 + IdNumber.CheckChar(first17);
        Assert.Contains("晚于今天", IdNumber.Validate(id, Today));
        Assert.Null(IdNumber.Validate(id, new DateOnly(2026, 11, 30)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_Empty_AsksForIt(string? id) => Assert.Equal("请填写公民身份号码。", IdNumber.Validate(id, Today));

    [Fact]
    public void Validate_LetterInsideTheNumber_IsRefused() => Assert.NotNull(IdNumber.Validate("1101051949123100AX", Today));

    [Fact]
    public void BirthDateAndSex_ComeFromTheNumber()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), IdNumber.BirthDate("11010519491231002X"));
        Assert.Equal(Sex.Female, IdNumber.SexOf("11010519491231002X")); // sequence 002: even
        Assert.Equal(Sex.Male, IdNumber.SexOf("440203199001011231"));   // sequence 123: odd
        Assert.Equal("女", IdNumber.Label(IdNumber.SexOf("11010519491231002x")));
    }
}

public class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the standard's example
    [InlineData("91440203MA4UQ12342")]
    [InlineData("12440000455858870L")]
    [InlineData("52440203MJL123456B")]
    [InlineData(" 91350100m000100y43 ")]
    public void Validate_CodesWithTheirCheckCharacter_AreValid(string code) => Assert.Null(CreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91440203MA4UQ12340")]
    public void Validate_WrongCheckCharacter_NamesIt(string code) => Assert.Contains("校验码", CreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M0001O0Y43", 'O')]
    [InlineData("91350100I000100Y43", 'I')]
    [InlineData("91350100M000100Z43", 'Z')]
    [InlineData("9135010SM000100Y43", 'S')]
    [InlineData("91350100M00V100Y43", 'V')]
    public void Validate_ForbiddenLetters_AreNamed(string code, char letter) =>
        Assert.Contains($"不使用字母{letter}", CreditCode.Validate(code));

    [Fact]
    public void Validate_WrongLength_SaysEighteen() => Assert.Contains("18位", CreditCode.Validate("91350100M000100Y4"));

    [Fact]
    public void Validate_Punctuation_IsNotAValidCharacter() => Assert.Contains("不是有效字符", CreditCode.Validate("91350100M000100-43"));
}

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+86 199 1234 5678", "19912345678")]
    [InlineData("0751-8888888", "0751-8888888")]
    [InlineData("07518888888", "0751-8888888")]
    [InlineData("(0751) 8888 8888", "0751-88888888")]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("02087654321", "020-87654321")]
    public void Normalise_ValidNumbers(string input, string expected)
    {
        Assert.Null(PhoneNumber.Validate(input));
        Assert.Equal(expected, PhoneNumber.Normalise(input));
    }

    [Theory]
    [InlineData("12812345678")]  // 12x is not a mobile prefix
    [InlineData("1381234567")]   // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("8888888")]      // no area code
    [InlineData("0751-123456")]  // local number too short
    [InlineData("0751-0888888")] // local number starting with 0
    [InlineData("tel13812345678")]
    public void Validate_InvalidNumbers_HaveAMessage(string input)
    {
        Assert.Contains("格式不正确", PhoneNumber.Validate(input));
        Assert.Null(PhoneNumber.Normalise(input));
    }

    [Fact]
    public void Validate_Empty_AsksForIt() => Assert.Equal("请填写联系电话。", PhoneNumber.Validate(" "));

    [Fact]
    public void IsMobile_DistinguishesMobileFromFixedLine()
    {
        Assert.True(PhoneNumber.IsMobile("13812345678"));
        Assert.False(PhoneNumber.IsMobile("0751-8888888"));
    }
}

public class MaskingTests
{
    [Fact]
    public void IdNumber_KeepsFirstAndLastFour() => Assert.Equal("4402**********1234", Masking.IdNumber("440203199001011234"));

    [Fact]
    public void Phone_Mobile_KeepsThreeAndFour() => Assert.Equal("138****5678", Masking.Phone("13812345678"));

    [Fact]
    public void Phone_FixedLine_KeepsAreaCodeAndLastFour() => Assert.Equal("0751-***8888", Masking.Phone("0751-8888888"));

    [Fact]
    public void Address_FirstSixCharactersThenEllipsis()
    {
        Assert.Equal("广东省韶关市…", Masking.Address("广东省韶关市武江区西联镇西联村12号"));
        Assert.Equal("西联…", Masking.Address("西联村"));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("李", "*")]
    public void Name_KeepsTheFirstCharacter(string name, string expected) => Assert.Equal(expected, Masking.Name(name));

    [Fact]
    public void AllAreNullSafe()
    {
        Assert.Null(Masking.IdNumber(null));
        Assert.Null(Masking.Phone(null));
        Assert.Null(Masking.Address(null));
        Assert.Null(Masking.Name(null));
        Assert.Equal("", Masking.Name(""));
        Assert.Equal("***", Masking.IdNumber("123"));
    }
}
