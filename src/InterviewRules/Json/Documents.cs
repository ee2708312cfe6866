using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewRules.Engine;

namespace InterviewRules.Json;

// The shapes of the JSON contracts (docs/contract.md), for the source-generated serializer. Property order is contract order.

internal sealed class RecommendationDocument
{
    public required string Decision { get; init; }

    public required double Score { get; init; }

    public required PolicyDocument Policy { get; init; }

    public required string Language { get; init; }

    public required List<FindingDocument> Findings { get; init; }

    public required IReadOnlyList<string> Advice { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<FailureDocument>? Failures { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CounterfactualDocument>? Counterfactuals { get; init; }
}

internal sealed class CounterfactualDocument
{
    public required IReadOnlyList<string> Edits { get; init; }

    public required string Kind { get; init; }

    public required string Direction { get; init; }

    public required int Cost { get; init; }

    public required string Decision { get; init; }

    public required double Score { get; init; }

    public required IReadOnlyList<string> ChangedRuleIds { get; init; }

    public required string Text { get; init; }
}

internal sealed class FailureDocument
{
    public required string RuleId { get; init; }

    public required string Error { get; init; }

    public required string Message { get; init; }
}

internal sealed class PolicyDocument
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    public required string Fingerprint { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? CodeRules { get; init; }
}

internal sealed class FindingDocument
{
    public required string RuleId { get; init; }

    public required string Kind { get; init; }

    public required string Effect { get; init; }

    public required double Weight { get; init; }

    public required bool Veto { get; init; }

    public required string Title { get; init; }

    public required string Explanation { get; init; }

    [JsonConverter(typeof(EvidenceJsonConverter))]
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    public required string Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionDocument>? Conditions { get; init; }
}

internal sealed class ConditionDocument
{
    public required string Fact { get; init; }

    public required string Op { get; init; }

    [JsonConverter(typeof(FactValueJsonConverter))]
    public required FactValue Expected { get; init; }

    [JsonConverter(typeof(FactValueJsonConverter))]
    public required FactValue Actual { get; init; }

    public required bool Result { get; init; }
}

internal sealed class RankingDocument
{
    public required PolicyDocument Policy { get; init; }

    public required string Language { get; init; }

    public required List<RankedInvitationDocument> Invitations { get; init; }
}

internal sealed class RankedInvitationDocument
{
    public required int Rank { get; init; }

    public required int Index { get; init; }

    public required string Decision { get; init; }

    public required double Score { get; init; }

    public required bool Vetoed { get; init; }

    public required List<ReasonDocument> Reasons { get; init; }
}

internal sealed class ReasonDocument
{
    public required string RuleId { get; init; }

    public required string Effect { get; init; }

    public required double Weight { get; init; }

    public required string Title { get; init; }
}
