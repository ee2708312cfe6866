using System.Globalization;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules.Json;

/// <summary>Writes an assessment in the assessment contract (docs/contract.md): the machine fields, and the texts for people in one language.</summary>
internal static class AssessmentWriter
{
    public static AssessmentDocument ToDocument(Assessment assessment, CultureInfo? culture) => new()
    {
        Status = ContractNames.Of(assessment.Status),
        Decision = assessment.Decision is { } decision ? ContractNames.Of(decision) : null,
        ScoreRange = assessment.ScoreRange is { } range ? Range(range) : null,
        Policy = InterviewJson.PolicyOf(assessment.Policy),
        Language = Localization.Languages.Resolve(culture),
        Unknown = assessment.Unknown,
        Relevant = assessment.Relevant,
        Findings = [.. assessment.Findings.Select(f => new AssessedFindingDocument
        {
            RuleId = f.RuleId,
            Kind = ContractNames.Of(f.Kind),
            WeightRange = Range(f.WeightRange),
            Veto = f.Veto,
            Title = f.GetTitle(culture),
            Explanation = f.GetExplanation(culture),
            Evidence = f.Evidence,
            Source = f.GetSource(culture),
        })],
        Possible = [.. assessment.Possible.Select(p => new PossibleDocument { RuleId = p.RuleId, WeightRange = Range(p.WeightRange), DependsOn = p.DependsOn })],
        Questions = [.. assessment.Questions.Select(q => new QuestionDocument
        {
            Fact = q.Fact,
            Text = q.GetText(culture),
            SettlesAlways = q.SettlesAlways,
            Answers = [.. q.Answers.Select(a => new AnswerDocument
            {
                Answer = a.Answer,
                Status = ContractNames.Of(a.Status),
                Decision = a.Decision is { } d ? ContractNames.Of(d) : null,
            })],
        })],
        Sufficient = assessment.Sufficient,
        Summary = assessment.GetSummary(culture),
        Recommendation = assessment.Recommendation is { } recommendation ? InterviewJson.ToDocument(recommendation, culture) : null,
        OpaqueRules = assessment.OpaqueRules.Count > 0 ? assessment.OpaqueRules : null,
        Reason = assessment.Reason,
    };

    private static RangeDocument Range(ScoreRange range) => new() { Min = range.Min, Max = range.Max };
}
