using System.Linq.Expressions;
using Fazhi.Core.Common;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Data;

/// <summary>
/// The one DbContext. The provider (SQLite or PostgreSQL) is chosen by whoever builds the options;
/// the model is provider-neutral. Data scope is applied here, once, as a global query filter on
/// every <see cref="IScopedRecord"/>, and checked again on every write by <see cref="ScopeGuard"/>.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser, TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, string>(options)
{
    public ICurrentUser CurrentUser { get; } = currentUser;
    public TimeProvider Clock { get; } = clock;

    /// <summary>Null in design-time contexts: personal fields then refuse to convert (see PersonalData).</summary>
    readonly PersonalData.PersonalDataProtector? personalData =
        options.FindExtension<PersonalData.PersonalDataOptionsExtension>()?.Protector;

    /// <summary>Read by the query filters; EF parameterises it per context instance.</summary>
    public string ScopeFilterPath => CurrentUser.ScopePath;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<PartnerOrganisation> Partners => Set<PartnerOrganisation>();
    public DbSet<SignInRecord> SignIns => Set<SignInRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        PersonalData.PersonalDataConventions.Apply(builder, personalData);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(IScopedRecord).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null) continue;
            builder.Entity(entityType.ClrType).HasQueryFilter(ScopeFilter(entityType.ClrType));
            builder.Entity(entityType.ClrType).HasIndex(nameof(IScopedRecord.ScopePath));
        }
    }

    /// <summary>e =&gt; e.ScopePath.StartsWith(this.ScopeFilterPath)</summary>
    private LambdaExpression ScopeFilter(Type clrType)
    {
        var e = Expression.Parameter(clrType, "e");
        var recordPath = Expression.Property(e, nameof(IScopedRecord.ScopePath));
        var userPath = Expression.Property(Expression.Constant(this), nameof(ScopeFilterPath));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        return Expression.Lambda(Expression.Call(recordPath, startsWith, userPath), e);
    }

    /// <summary>
    /// Two users saved the same record at once: both passed the version check of their use case, and the database
    /// took the first (the version is a concurrency token). The second is told in Chinese, like a stale form.
    /// </summary>
    public const string SavedByAnother = "该记录刚被他人修改，请刷新后再试。";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ScopeGuard.Check(this);
        try
        {
            return Audit.AuditTrail.SaveChanges(this, acceptAllChangesOnSuccess, accept => base.SaveChanges(accept));
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DomainRuleException(SavedByAnother, e);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ScopeGuard.Check(this);
        try
        {
            return await Audit.AuditTrail.SaveChangesAsync(this, acceptAllChangesOnSuccess,
                (accept, ct) => base.SaveChangesAsync(accept, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DomainRuleException(SavedByAnother, e);
        }
    }
}
