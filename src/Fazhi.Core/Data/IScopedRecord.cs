namespace Fazhi.Core.Data;

/// <summary>
/// A record that belongs to a place: its town, and its village where it has one.
/// <see cref="ScopePath"/> is the materialised path of the most specific region node the record
/// belongs to (e.g. "/1/2/3/4/" for a town, "/1/2/3/4/9/" for one of its villages). The global
/// query filter in <see cref="AppDbContext"/> keeps only records whose path starts with the
/// signed-in user's scope path, so every query, page, export and API call is scoped in one place.
/// </summary>
public interface IScopedRecord
{
    string ScopePath { get; }
}
