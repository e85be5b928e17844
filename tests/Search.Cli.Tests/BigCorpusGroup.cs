namespace Search.Cli.Tests;

/// <summary>The slow, process-level tests share one generated corpus and run one after another, not against each other.</summary>
[CollectionDefinition(Name)]
public sealed class BigCorpusGroup : ICollectionFixture<BigCorpus>
{
    public const string Name = "Slow process tests on a big corpus";
}
