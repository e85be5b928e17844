using Lucene.Net.Util.Automaton;

namespace Search.Core.Querying;

/// <summary>A prefix, wildcard, regular-expression or fuzzy word of Lucene's syntax, for highlighting.</summary>
/// <param name="Shown">As typed (<c>te?t</c>, <c>/colou?r/</c>).</param>
/// <param name="Accepts">The terms it matches.</param>
internal sealed record LuceneSyntaxPattern(string Shown, Automaton Accepts);
