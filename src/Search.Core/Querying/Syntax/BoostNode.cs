using System.Globalization;

namespace Search.Core.Querying.Syntax;

/// <summary>A clause with a weight: <c>word^2</c>.</summary>
/// <param name="Inner">The clause.</param>
/// <param name="Boost">Its weight.</param>
/// <param name="Column">Where the clause starts.</param>
internal sealed record BoostNode(QueryNode Inner, float Boost, int Column) : QueryNode(Column)
{
    /// <summary>The clause as query syntax: <c>inner^N</c>, a field or weighted clause in parentheses (<c>(title:putin)^2</c>).</summary>
    public override string ToString()
    {
        // ^ takes digits and a point only, so a weight that prints with an exponent is written out in full.
        var weight = Boost.ToString(CultureInfo.InvariantCulture);
        if (weight.Contains('E', StringComparison.Ordinal))
        {
            weight = ((decimal)(double)Boost).ToString(CultureInfo.InvariantCulture);
        }
        return Inner is FieldNode or BoostNode ? $"({Inner})^{weight}" : $"{Inner}^{weight}";
    }
}
