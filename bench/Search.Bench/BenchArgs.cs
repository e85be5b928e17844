namespace Search.Bench;

/// <summary>A subcommand's arguments: positional ones in order, then <c>--flag</c> and <c>--name value</c> options.</summary>
internal sealed class BenchArgs
{
    private readonly List<string> _items;

    public BenchArgs(string[] args) => _items = [.. args];

    /// <summary>Removes a flag if present.</summary>
    public bool Flag(string name) => _items.Remove(name);

    /// <summary>Removes an integer option and its value, or returns the default.</summary>
    public int Int(string name, int fallback)
    {
        var at = _items.IndexOf(name);
        if (at < 0)
        {
            return fallback;
        }
        if (at + 1 >= _items.Count || !int.TryParse(_items[at + 1], out var value) || value < 0)
        {
            throw new ArgumentException($"{name} needs a whole number, 0 or more");
        }
        _items.RemoveRange(at, 2);
        return value;
    }

    /// <summary>The positional arguments, once every option has been taken: exactly <paramref name="names"/>.</summary>
    public string[] Positional(params string[] names)
    {
        var unknown = _items.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown option {unknown}");
        }
        if (_items.Count != names.Length)
        {
            throw new ArgumentException($"expected {string.Join(' ', names)}");
        }
        return [.. _items];
    }
}
