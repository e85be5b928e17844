namespace Search.Cli;

/// <summary>A command line that parsed but cannot be carried out as given (an unreadable input file): exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
