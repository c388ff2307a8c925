using System.Reflection;
using Fazhi.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Fazhi.Core.PersonalData;

/// <summary>
/// Every string property marked <see cref="PersonalFieldAttribute"/> is stored encrypted: a value converter
/// encrypts on save and decrypts on read, and the column is widened to hold the ciphertext of the plain
/// length the entity's configuration declared. Called by AppDbContext after all configurations.
/// </summary>
public static class PersonalDataConventions
{
    public static void Apply(ModelBuilder builder, PersonalDataProtector? protector)
    {
        var converter = new PersonalDataConverter(protector);
        foreach (var entityType in builder.Model.GetEntityTypes())
        foreach (var property in entityType.GetDeclaredProperties())
        {
            if (!IsPersonalField(property)) continue;
            if (property.ClrType != typeof(string))
                throw new InvalidOperationException($"[PersonalField] {entityType.ClrType.Name}.{property.Name} must be a string to be encrypted.");
            property.SetValueConverter(converter);
            if (property.GetMaxLength() is { } plain) property.SetMaxLength(PersonalDataProtector.StoredLength(plain));
        }
    }

    public static bool IsPersonalField(IReadOnlyProperty property) =>
        (property.PropertyInfo as MemberInfo ?? property.FieldInfo)?.IsDefined(typeof(PersonalFieldAttribute), inherit: true) == true;

    /// <summary>Adds the protector to a context's options (and keys the cached model by it).</summary>
    public static DbContextOptionsBuilder UsePersonalData(this DbContextOptionsBuilder options, PersonalDataProtector protector)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptionsExtension(protector));
        options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
        return options;
    }
}

/// <summary>
/// Null is never converted by EF; a context built without a key throws on the first personal value
/// it would have to write or read, instead of storing plain text.
/// </summary>
internal sealed class PersonalDataConverter(PersonalDataProtector? protector) : ValueConverter<string, string>(
    plain => Protect(protector, plain),
    stored => Unprotect(protector, stored))
{
    static string Protect(PersonalDataProtector? protector, string plain) =>
        (protector ?? throw new PersonalDataKeyMissingException()).Protect(plain);

    static string Unprotect(PersonalDataProtector? protector, string stored) =>
        (protector ?? throw new PersonalDataKeyMissingException()).Unprotect(stored);
}
