using Xunit;

namespace InterviewRules.Tools.Tests;

/// <summary>Runs <see cref="McpStdioTransportTests"/> alone.</summary>
[CollectionDefinition(nameof(McpStdioTransportTests), DisableParallelization = true)]
public sealed class McpStdioTransportCollection
{
}
