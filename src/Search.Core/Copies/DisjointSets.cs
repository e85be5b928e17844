namespace Search.Core.Copies;

/// <summary>Union-find over 0..n-1: which items chains of pairs have joined.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    /// <summary>n items, each alone.</summary>
    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            (_parent[i], _size[i]) = (i, 1);
        }
    }

    /// <summary>The representative of an item's set.</summary>
    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            // Path halving: every other step now points two up.
            (item, _parent[item]) = (_parent[_parent[item]], _parent[_parent[item]]);
        }
        return item;
    }

    /// <summary>Joins the sets of two items.</summary>
    public void Union(int a, int b)
    {
        (a, b) = (Find(a), Find(b));
        if (a == b)
        {
            return;
        }
        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }
        _parent[b] = a;
        _size[a] += _size[b];
    }

    /// <summary>The sets of two or more items, each as its items in increasing order.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            if (_size[Find(i)] < 2)
            {
                continue;
            }
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var group))
            {
                byRoot[root] = group = [];
            }
            group.Add(i);
        }
        return [.. byRoot.Values];
    }
}
