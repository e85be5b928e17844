namespace Search.Core.Corpus.Templates;

/// <summary>What a line of a page looks like to <see cref="BoilerplateClassifier"/>, in jusText's terms.</summary>
internal enum LineClass
{
    /// <summary>Long prose, full of function words: article text.</summary>
    Good,

    /// <summary>Prose of middling length or density: article text if its neighbours are.</summary>
    NearGood,

    /// <summary>Too short to judge (headings, list items, menu entries): takes the class of its surroundings.</summary>
    Short,

    /// <summary>Long but without function words (tag lists, link runs), or a known kind of furniture.</summary>
    Bad,

    /// <summary>A label that ends an article (<c>Tags</c>, <c>Share</c>, <c>About the author</c>): nothing after it is the body.</summary>
    Boundary,
}
