using Search.Core.Errors;

namespace Search.Core.Schema;

/// <summary>The fields a query may name, derived from the schema: every indexed field but the exact twins and internal ones.</summary>
internal sealed class SearchFields
{
    private static readonly HashSet<string> Internal = [FieldNames.Kind, FieldNames.Path, FieldNames.FilePath];

    private readonly Dictionary<string, SearchField> _byName;

    /// <summary>Reads the fields of a schema.</summary>
    /// <param name="schema">The index schema.</param>
    public SearchFields(IndexSchema schema)
    {
        _byName = [];
        foreach (var field in schema.Fields.Where(f => f.Indexed && !f.Name.EndsWith("_exact", StringComparison.Ordinal) && !Internal.Contains(f.Name)))
        {
            var exact = schema.Fields.FirstOrDefault(f => f.Name == field.Name + "_exact")?.Name ?? field.Name;
            var location = field.Name switch
            {
                FieldNames.Title => MatchLocation.Title,
                FieldNames.Body => MatchLocation.Body,
                FieldNames.Comment => MatchLocation.Comment,
                _ => (MatchLocation?)null,
            };
            _byName[field.Name] = new SearchField(field.Name, field.Name, exact, field.Boost, field.Analyzer == "keyword", location);
        }
    }

    /// <summary>The names a query may use, in schema order.</summary>
    public IReadOnlyList<string> Names => [.. _byName.Keys];

    /// <summary>The fields unqualified words are searched in, for a scope.</summary>
    public IReadOnlyList<SearchField> Default(SearchScope scope) => scope switch
    {
        SearchScope.Articles => [_byName[FieldNames.Title], _byName[FieldNames.Body]],
        SearchScope.Comments => [_byName[FieldNames.Comment]],
        _ => [_byName[FieldNames.Title], _byName[FieldNames.Body], _byName[FieldNames.Comment]],
    };

    /// <summary>The field an index field belongs to (<c>body_exact</c> to <c>body:</c>), and whether it is the stemmed one.</summary>
    /// <param name="indexField">The Lucene field name.</param>
    /// <returns>The field, or null for an internal field.</returns>
    public (SearchField Field, bool Stemmed)? ForIndexField(string indexField)
    {
        foreach (var field in _byName.Values)
        {
            if (field.Stemmed == indexField || field.Exact == indexField)
            {
                return (field, field.Stemmed == indexField && field.Stemmed != field.Exact);
            }
        }
        return null;
    }

    /// <summary>A field by its query name.</summary>
    /// <param name="name">The name as typed, lower case.</param>
    /// <param name="column">Where it is in the query, for the error.</param>
    /// <exception cref="QueryException">No such field; the message lists the known ones.</exception>
    public SearchField Get(string name, int column) =>
        _byName.TryGetValue(name, out var field)
            ? field
            : throw new QueryException($"unknown field {QueryException.Quote(name)}: (known fields: {string.Join(", ", Names.Select(n => n + ":"))})", column);
}
