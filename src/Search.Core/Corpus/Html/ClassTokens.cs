using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The names a page gives an element (its class tokens and its id), lower-cased: what themes and comment plugins
/// use to say what an element is (<c>comment-content</c>, <c>fn</c>, <c>wpd-comment</c>).
/// </summary>
internal static class ClassTokens
{
    /// <summary>The element's class tokens, lower-cased.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its class tokens.</returns>
    public static IEnumerable<string> Of(IElement element) =>
        element.ClassList.Select(c => c.ToLowerInvariant());

    /// <summary>The element's class tokens and its id, lower-cased.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its names.</returns>
    public static IEnumerable<string> AndId(IElement element) =>
        element.Id is { Length: > 0 } id ? Of(element).Append(id.ToLowerInvariant()) : Of(element);

    /// <summary>The element's class tokens and its id as the page writes them, case kept (for camel-case names).</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its names.</returns>
    public static IEnumerable<string> AndIdCased(IElement element) =>
        element.Id is { Length: > 0 } id ? element.ClassList.Append(id) : element.ClassList;

    /// <summary>Whether the element has one of the given class tokens.</summary>
    /// <param name="element">The element.</param>
    /// <param name="tokens">Lower-case tokens.</param>
    /// <returns>True when one of them is on the element.</returns>
    public static bool HasAny(IElement element, params string[] tokens) =>
        element.ClassList.Length > 0 && Of(element).Any(tokens.Contains);
}
