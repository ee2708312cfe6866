using System.Text.Json.Serialization;
using InterviewRules.Engine;

namespace InterviewRules.Json;

/// <summary>The source-generated serializer metadata: no reflection, safe under trimming and NativeAOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RecommendationDocument))]
[JsonSerializable(typeof(RankingDocument))]
[JsonSerializable(typeof(AssessmentDocument))]
internal sealed partial class InterviewJsonContext : JsonSerializerContext
{
}
