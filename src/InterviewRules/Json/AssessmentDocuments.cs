using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewRules.Engine;

namespace InterviewRules.Json;

// The shapes of the assessment contract (docs/contract.md, "Assessment"), for the source-generated serializer.

internal sealed class AssessmentDocument
{
    public required string Status { get; init; }

    public required string? Decision { get; init; }

    public required RangeDocument? ScoreRange { get; init; }

    public required PolicyDocument Policy { get; init; }

    public required string Language { get; init; }

    public required IReadOnlyList<string> Unknown { get; init; }

    public required IReadOnlyList<string> Relevant { get; init; }

    public required List<AssessedFindingDocument> Findings { get; init; }

    public required List<PossibleDocument> Possible { get; init; }

    public required List<QuestionDocument> Questions { get; init; }

    public required IReadOnlyList<string>? Sufficient { get; init; }

    public required string Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecommendationDocument? Recommendation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? OpaqueRules { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}

internal sealed class RangeDocument
{
    public required double Min { get; init; }

    public required double Max { get; init; }
}

internal sealed class AssessedFindingDocument
{
    public required string RuleId { get; init; }

    public required string Kind { get; init; }

    public required RangeDocument WeightRange { get; init; }

    public required bool Veto { get; init; }

    public required string Title { get; init; }

    public required string Explanation { get; init; }

    [JsonConverter(typeof(EvidenceJsonConverter))]
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    public required string Source { get; init; }
}

internal sealed class PossibleDocument
{
    public required string RuleId { get; init; }

    public required RangeDocument WeightRange { get; init; }

    public required IReadOnlyList<string> DependsOn { get; init; }
}

internal sealed class QuestionDocument
{
    public required string Fact { get; init; }

    public required string Text { get; init; }

    public required bool SettlesAlways { get; init; }

    public required List<AnswerDocument> Answers { get; init; }
}

internal sealed class AnswerDocument
{
    public required string Answer { get; init; }

    public required string Status { get; init; }

    public required string? Decision { get; init; }
}
