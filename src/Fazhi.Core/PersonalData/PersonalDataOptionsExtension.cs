using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Core.PersonalData;

/// <summary>
/// Carries the <see cref="PersonalDataProtector"/> in a context's options. EF builds the model once per
/// model cache key, and the value converters built with it keep the protector they were given; so the
/// key of the cached model includes the protector's fingerprint (<see cref="PersonalDataModelCacheKeyFactory"/>):
/// contexts with different keys never share converters, contexts with the same keys share one model.
/// All contexts share one internal service provider, whatever their key.
/// </summary>
public sealed class PersonalDataOptionsExtension(PersonalDataProtector protector) : IDbContextOptionsExtension
{
    public PersonalDataProtector Protector { get; } = protector;

    DbContextOptionsExtensionInfo? info;
    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) { }

    public void Validate(IDbContextOptions options) { }

    sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "PersonalData ";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["PersonalData:Fingerprint"] = ((PersonalDataOptionsExtension)Extension).Protector.Fingerprint;
    }
}

internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
    {
        var fingerprint = context.GetService<IDbContextOptions>().FindExtension<PersonalDataOptionsExtension>()?.Protector.Fingerprint;
        return (context.GetType(), fingerprint, designTime);
    }
}
