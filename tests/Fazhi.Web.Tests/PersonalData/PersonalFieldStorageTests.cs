using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Staff;
using Fazhi.Migrations.Postgres;
using Fazhi.Migrations.Sqlite;
using Fazhi.Web.Tests.Audit;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.PersonalData;

/// <summary>[PersonalField] properties on a real database: ciphertext in the table, plain text through EF, "***" in the audit log.</summary>
public class PersonalFieldStorageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    async Task<long> AddPartnerAsync(string phone)
    {
        var town = await AuditTestData.TownAsync(app);
        await using var scope = app.SystemScope(out var db);
        var partner = PartnerOrganisation.Create(town.Id, town.Path, "个人信息测试律所" + Guid.NewGuid().ToString("N")[..6], PartnerKind.LawFirm, "王律师", phone);
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        return partner.Id;
    }

    static Task<string?> RawPhoneAsync(AppDbContext db, long id) =>
        db.Database.SqlQuery<string?>($"""SELECT "ContactPhone" AS "Value" FROM "PartnerOrganisations" WHERE "Id" = {id}""").SingleAsync();

    [Fact]
    public async Task SavedPhone_IsCiphertextInTheTable_AndPlainThroughEf()
    {
        var id = await AddPartnerAsync("138 1234 5678");

        await using var scope = app.SystemScope(out var db);
        var raw = await RawPhoneAsync(db, id);
        Assert.NotNull(raw);
        Assert.StartsWith("v1:", raw);
        Assert.DoesNotContain("13812345678", raw);
        Assert.DoesNotContain("5678", raw);

        var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal("13812345678", partner.ContactPhone);
        Assert.Equal("13812345678", scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(raw));
    }

    [Fact]
    public async Task SamePhoneTwice_IsStoredAsDifferentCiphertexts()
    {
        var a = await AddPartnerAsync("0751-8888888");
        var b = await AddPartnerAsync("0751-8888888");
        await using var scope = app.SystemScope(out var db);
        Assert.NotEqual(await RawPhoneAsync(db, a), await RawPhoneAsync(db, b));
    }

    [Fact]
    public async Task AuditEvents_OfAPersonalField_ShowOnlyStars()
    {
        var head = await AuditTestData.HeadAsync(app);
        var id = await AddPartnerAsync("13900001111");
        await using (var scope = app.SystemScope(out var db))
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == id);
            partner.ChangeContactPhone("13922223333");
            await db.SaveChangesAsync();
        }

        await using (var scope = app.SystemScope(out var db))
        {
            var events = await db.Set<AuditEvent>().AsNoTracking()
                .Where(e => e.Seq > head && e.Entity == "PartnerOrganisation" && e.EntityId == id.ToString())
                .OrderBy(e => e.Seq).ToListAsync();
            Assert.Equal([AuditAction.Create, AuditAction.Update], events.Select(e => e.Action));
            Assert.Equal((null, "***"), AuditTestData.ChangesOf(events[0])["ContactPhone"]);
            Assert.Equal(("***", "***"), AuditTestData.ChangesOf(events[1])["ContactPhone"]);
            foreach (var e in events)
            {
                Assert.DoesNotContain("1390000", e.Changes);
                Assert.DoesNotContain("1392222", e.Changes);
                Assert.DoesNotContain("v1:", e.Changes);
            }
            Assert.Equal("王律师", AuditTestData.ChangesOf(events[0])["Contact"].After);
        }
    }

    [Fact]
    public async Task InvalidPhone_IsABusinessRuleWithAChineseMessage()
    {
        var town = await AuditTestData.TownAsync(app);
        var ex = Assert.Throws<DomainRuleException>(() =>
            PartnerOrganisation.Create(town.Id, town.Path, "测试单位", PartnerKind.Other, null, "12345"));
        Assert.Contains("联系电话格式不正确", ex.Message);
    }

    [Fact]
    public async Task AContextWithoutAKey_RefusesToWriteOrReadPersonalFields()
    {
        var id = await AddPartnerAsync("13700001111");
        var town = await AuditTestData.TownAsync(app);
        string connection;
        bool postgres;
        await using (var scope = app.SystemScope(out var db))
        {
            connection = db.Database.GetConnectionString()!;
            postgres = db.Database.IsNpgsql();
        }
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (postgres) PostgresProvider.Configure(options, connection);
        else SqliteProvider.Configure(options, connection);

        await using (var bare = new AppDbContext(options.Options, SystemUser.Instance, TimeProvider.System))
        {
            var name = "无密钥测试" + Guid.NewGuid().ToString("N")[..6];
            bare.Partners.Add(PartnerOrganisation.Create(town.Id, town.Path, name, PartnerKind.Other, null, "13700002222"));
            var error = await Record.ExceptionAsync(() => bare.SaveChangesAsync());
            Assert.NotNull(error);
            Assert.True(Chain(error).OfType<PersonalDataKeyMissingException>().Any(), error.ToString());

            await using var scope = app.SystemScope(out var db);
            Assert.False(await db.Partners.AnyAsync(p => p.Name == name));
        }

        await using (var bare = new AppDbContext(options.Options, SystemUser.Instance, TimeProvider.System))
        {
            var error = await Record.ExceptionAsync(() => bare.Partners.AsNoTracking().Where(p => p.Id == id).Select(p => p.ContactPhone).SingleAsync());
            Assert.NotNull(error);
            Assert.True(Chain(error).OfType<PersonalDataKeyMissingException>().Any(), error.ToString());
            // Fields that are not personal still read normally without a key.
            Assert.StartsWith("个人信息测试律所", await bare.Partners.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        }
    }

    static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }
}
