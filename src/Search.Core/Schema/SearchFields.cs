using Search.Core.Errors;

namespace Search.Core.Schema;

/// <summary>The fields a query may name, derived from the schema: every indexed field but the exact twins and internal ones.</summary>
internal sealed class SearchFields
{
    private static readonly HashSet<string> Internal = [FieldNames.Kind, FieldNames.Path, FieldNames.FilePath, FieldNames.Day, FieldNames.CommentDay,
        FieldNames.SourceKey, FieldNames.BylineKey, FieldNames.Commenter];

    /// <summary>The clause that searches its words transliterated: <c>translit:"Russkiy Mir"</c>.</summary>
    public const string Translit = "translit";

    private const string TranslitSuffix = "_translit";

    // No document has a field of this name (the schema's names are words).
    private const string NoField = "(none)";

    private readonly Dictionary<string, SearchField> _byName;

    /// <summary>Reads the fields of a schema that a query searches in documents of one kind.</summary>
    /// <param name="schema">The index schema.</param>
    /// <param name="kind">
    /// <see cref="DocumentKind.Article"/>, or <see cref="DocumentKind.Comment"/>: then the fields a comment document
    /// has answer for the query names they are searched as (<c>comment:</c>, <c>author:</c>), and the others keep the
    /// article's query names but search no field, so that <c>title:x</c> matches no comment.
    /// </param>
    public SearchFields(IndexSchema schema, string kind = DocumentKind.Article)
    {
        Kind = kind;
        _byName = [];
        foreach (var field in schema.Fields.Where(f => f.Indexed && f.IsOn(DocumentKind.Article) && !IsTwinOrInternal(f)))
        {
            _byName[field.Name] = Make(schema, field, field.Name);
        }
        if (kind == DocumentKind.Comment)
        {
            // What a comment has not (title:, body:, byline:) searches a field no document has, so matches nothing;
            // a comment query then touches comment documents only and needs no filter by kind.
            foreach (var name in _byName.Keys)
            {
                _byName[name] = _byName[name] with { Stemmed = NoField, Exact = NoField, Translit = null };
            }
            foreach (var field in schema.Fields.Where(f => f.Indexed && f.IsOn(DocumentKind.Comment) && f.SearchedAs is not null && !IsTwinOrInternal(f)))
            {
                _byName[field.SearchedAs!] = Make(schema, field, field.SearchedAs!);
            }
        }
    }

    /// <summary>The kind of document these fields search.</summary>
    public string Kind { get; }

    private static bool IsTwinOrInternal(FieldDefinition field) =>
        field.Name.EndsWith("_exact", StringComparison.Ordinal) || field.Name.EndsWith(TranslitSuffix, StringComparison.Ordinal) || Internal.Contains(field.Name);

    private static SearchField Make(IndexSchema schema, FieldDefinition field, string name)
    {
        var exact = schema.Fields.FirstOrDefault(f => f.Name == field.Name + "_exact")?.Name ?? field.Name;
        var translit = schema.Fields.FirstOrDefault(f => f.Name == field.Name + TranslitSuffix)?.Name;
        var location = name switch
        {
            FieldNames.Title => MatchLocation.Title,
            FieldNames.Body => MatchLocation.Body,
            FieldNames.Comment => MatchLocation.Comment,
            _ => (MatchLocation?)null,
        };
        return new SearchField(name, field.Name, exact, field.Boost, field.Analyzer == "keyword", location, translit);
    }

    /// <summary>The names a query may use, in schema order.</summary>
    public IReadOnlyList<string> Names => [.. _byName.Keys];

    /// <summary>The fields unqualified words are searched in, for a scope.</summary>
    public IReadOnlyList<SearchField> Default(SearchScope scope) => Kind == DocumentKind.Comment ? [_byName[FieldNames.Comment]] : scope switch
    {
        SearchScope.Body => [_byName[FieldNames.Title], _byName[FieldNames.Body]],
        SearchScope.Comments or SearchScope.Dense => [_byName[FieldNames.Comment]],
        _ => [_byName[FieldNames.Title], _byName[FieldNames.Body], _byName[FieldNames.Comment]],
    };

    /// <summary>
    /// The field an index field belongs to (<c>body_exact</c> to <c>body:</c>), whether it is the stemmed one, and
    /// whether it is the translit one.
    /// </summary>
    /// <param name="indexField">The Lucene field name.</param>
    /// <returns>The field, or null for an internal field.</returns>
    public (SearchField Field, bool Stemmed, bool Translit)? ForIndexField(string indexField)
    {
        foreach (var field in _byName.Values)
        {
            if (field.Stemmed == indexField || field.Exact == indexField || field.Translit == indexField)
            {
                return (field, field.Stemmed == indexField && field.Stemmed != field.Exact, field.Translit == indexField);
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
