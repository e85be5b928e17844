namespace Search.Core.Errors;

/// <summary>What went wrong, in the terms a command needs to choose its exit code and advice.</summary>
public enum SearchErrorKind
{
    /// <summary>The corpus folder does not exist or cannot be read.</summary>
    CorpusMissing,

    /// <summary>No index exists where one was expected.</summary>
    IndexMissing,

    /// <summary>Another process is writing the index.</summary>
    IndexLocked,

    /// <summary>The index files are unreadable or inconsistent.</summary>
    IndexDamaged,

    /// <summary>The index was built with another schema.</summary>
    SchemaMismatch,

    /// <summary>Writing the index failed (disk full, permissions); the previous commit is intact.</summary>
    IndexWriteFailed,

    /// <summary>No article has the requested id.</summary>
    ArticleNotFound,
}
