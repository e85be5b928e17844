namespace Search.Core.Who;

/// <summary>
/// One group's matches as they are counted (one narrative, one period): how many, over how many articles, and the
/// earliest and latest dated ones (every match of that day kept, for the tie-break by time and id made later on the
/// few groups shown; the undated ones too, for a group with no dated match). Matches must be added in document order, so that a thread's are one run.
/// </summary>
internal sealed class GroupTally
{
    /// <summary>How many matches.</summary>
    public long Matches { get; private set; }

    /// <summary>How many different articles they are in.</summary>
    public long Articles { get; private set; }

    /// <summary>The earliest day of a dated match (a day number), or null.</summary>
    public int? FirstDay => _firstDay == int.MaxValue ? null : _firstDay;

    /// <summary>The latest day of a dated match, or null.</summary>
    public int? LastDay => _lastDay == int.MinValue ? null : _lastDay;

    /// <summary>The matches on the first day, by document number.</summary>
    public List<int> FirstDocs { get; } = [];

    /// <summary>The matches on the last day, by document number.</summary>
    public List<int> LastDocs { get; } = [];

    /// <summary>The undated matches, by document number: first and last are picked among them when none is dated.</summary>
    public List<int> UndatedDocs { get; } = [];

    private int _firstDay = int.MaxValue;
    private int _lastDay = int.MinValue;
    private int _lastArticle = -1;

    /// <summary>Adds a match.</summary>
    /// <param name="doc">Its document number in the whole index.</param>
    /// <param name="day">Its day number, or null when undated.</param>
    /// <param name="article">Its article's document number in the whole index (itself for an article).</param>
    public void Add(int doc, int? day, int article)
    {
        Matches++;
        if (article != _lastArticle)
        {
            Articles++;
            _lastArticle = article;
        }
        if (day is not { } d)
        {
            UndatedDocs.Add(doc);
            return;
        }
        if (d < _firstDay)
        {
            _firstDay = d;
            FirstDocs.Clear();
        }
        if (d == _firstDay)
        {
            FirstDocs.Add(doc);
        }
        if (d > _lastDay)
        {
            _lastDay = d;
            LastDocs.Clear();
        }
        if (d == _lastDay)
        {
            LastDocs.Add(doc);
        }
    }
}
