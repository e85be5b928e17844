using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Corpus;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>Makes Lucene fields for schema fields, with one frozen <see cref="FieldType"/> per schema field.</summary>
internal sealed class LuceneFieldFactory : IDisposable
{
    private readonly Dictionary<string, FieldType> _indexedTypes = [];
    private readonly TapedAnalysis _analysis;

    /// <summary>Prepares the field types of a schema.</summary>
    /// <param name="schema">The index schema.</param>
    public LuceneFieldFactory(IndexSchema schema)
    {
        _analysis = new TapedAnalysis(SchemaAnalyzer.Languages(schema));
        foreach (var field in schema.Fields.Where(f => f.Indexed))
        {
            var keyword = field.Analyzer is "keyword" or "identity";
            var type = new FieldType
            {
                // IsIndexed must be set explicitly: IndexOptions alone does not index a field in Lucene.Net 4.8.
                IsIndexed = true,
                IsTokenized = !keyword,
                IsStored = false,
                OmitNorms = keyword,
                IndexOptions = keyword ? IndexOptions.DOCS_ONLY : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
            };
            type.Freeze();
            _indexedTypes[field.Name] = type;
        }
    }

    /// <summary>Adds a value to a document as the schema says: indexed, stored, or both.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="field">The schema field.</param>
    /// <param name="value">The value.</param>
    public void Add(Document doc, FieldDefinition field, string value)
    {
        if (field.Analyzer == "day")
        {
            // A date that is not one leaves the document undated: counted as such, never under a made-up day.
            if (DayNumber.Of(value) is { } day)
            {
                doc.Add(new NumericDocValuesField(field.Name, day));
            }
            return;
        }
        if (field.Analyzer == "identity")
        {
            AddName(doc, field, value);
            return;
        }
        if (field.Analyzer == "column")
        {
            if (value.Length > 0)
            {
                doc.Add(new BinaryDocValuesField(field.Name, new BytesRef(value)));
            }
            return;
        }
        AddIndexed(doc, field, value);
        AddStored(doc, field, value);
    }

    /// <summary>
    /// Adds a name as its <see cref="NameKey"/>, indexed as one term; a document without the name gets the empty
    /// key, so that "no name" is a group of its own that postings can count.
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="field">The schema field, with the <c>identity</c> analyzer.</param>
    /// <param name="name">The name as the page shows it, or null.</param>
    public void AddName(Document doc, FieldDefinition field, string? name)
    {
        if (field.Indexed)
        {
            doc.Add(new Field(field.Name, NameKey.Of(name), _indexedTypes[field.Name]));
        }
    }

    /// <summary>Adds a value that is searched but not stored (for one part of a value stored whole).</summary>
    /// <param name="doc">The document.</param>
    /// <param name="field">The schema field.</param>
    /// <param name="value">The value.</param>
    public void AddIndexed(Document doc, FieldDefinition field, string value)
    {
        if (!field.Indexed)
        {
            return;
        }
        if (field.Analyzer == "translit" && !CyrillicFolding.AnyIn(value))
        {
            // The translit shadow holds Cyrillic words only: a document without any has no such field at all.
            return;
        }
        var type = _indexedTypes[field.Name];
        doc.Add(TapedAnalysis.Serves(field.Analyzer)
            ? new TapedField(field.Name, value, type, _analysis, field.Analyzer)
            : new Field(field.Name, value, type));
    }

    /// <summary>Forgets the texts of the previous document (call before building each document).</summary>
    public void StartDocument() => _analysis.Forget();

    /// <inheritdoc />
    public void Dispose() => _analysis.Dispose();

    /// <summary>Adds a body's <see cref="CopySignature"/> as a column; a body too short for one gets none.</summary>
    /// <param name="doc">The article's document.</param>
    /// <param name="field">The schema field, with the <c>minhash</c> analyzer.</param>
    /// <param name="paragraphs">The body's paragraphs.</param>
    public static void AddSignature(Document doc, FieldDefinition field, IEnumerable<string> paragraphs)
    {
        if (CopySignature.Of(paragraphs) is { } signature)
        {
            doc.Add(new BinaryDocValuesField(field.Name, new BytesRef(signature)));
        }
    }

    /// <summary>Adds a comment's <see cref="CommentFingerprint"/> as a column; a comment too short for one gets none.</summary>
    /// <param name="doc">The comment's document.</param>
    /// <param name="field">The schema field, with the <c>fingerprint</c> analyzer.</param>
    /// <param name="text">The comment's text.</param>
    public static void AddFingerprint(Document doc, FieldDefinition field, string text)
    {
        if (CommentFingerprint.Of(text) is { } fingerprint)
        {
            doc.Add(new NumericDocValuesField(field.Name, fingerprint));
        }
    }

    /// <summary>Adds a value that is stored but not searched.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="field">The schema field.</param>
    /// <param name="value">The value.</param>
    public static void AddStored(Document doc, FieldDefinition field, string value)
    {
        if (field.Stored)
        {
            doc.Add(new StoredField(field.Name, value));
        }
    }
}
