using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Batch;

/// <summary>One query of a batch, as its input line gave it.</summary>
/// <param name="Id">Its id: given by the line, or <c>q</c> and the line number.</param>
/// <param name="Query">The query text.</param>
/// <param name="Line">The input line it came from, 1-based.</param>
/// <param name="Limit">Its own hit limit, or null for the batch's.</param>
/// <param name="Scope">Its own <c>in</c>, or null for the batch's.</param>
/// <param name="Error">Why the line itself could not be read (bad JSON, no query), or null.</param>
/// <param name="Syntax">Its own <c>syntax</c>, or null for the batch's.</param>
public sealed record BatchQuery(string Id, string Query, int Line, int? Limit = null, SearchScope? Scope = null, string? Error = null, QuerySyntax? Syntax = null);
