using System.Globalization;
using System.Linq;
using System.Text;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Rendering;

/// <summary>
/// An assessment as text for the person (Markdown is <see cref="AssessmentMarkdown"/>): the summary first, the reasons that hold whatever the unknown
/// facts are, then the questions worth asking with where each answer leads. No rule id, no unknown fact.
/// </summary>
internal static class AssessmentRendering
{
    private const int MaxQuestions = 3;

    public static string Render(Assessment assessment, CultureInfo? culture)
    {
        var text = new StringBuilder();
        text.Append(assessment.GetSummary(culture)).Append('\n');
        if (assessment.Findings.Count > 0)
        {
            text.Append('\n').Append(Texts.Get("assess.heading.reasons", culture)).Append('\n');
            foreach (var finding in assessment.Findings)
            {
                var sign = finding.Veto ? "!" : finding.WeightRange.Min > 0 ? "+" : finding.WeightRange.Max < 0 ? "-" : "~";
                text.Append(CultureInfo.InvariantCulture, $"  {sign} ").Append(finding.GetTitle(culture)).Append(": ").Append(finding.GetExplanation(culture)).Append('\n');
            }
        }

        if (assessment.Questions.Count > 0)
        {
            text.Append('\n').Append(Texts.Get("assess.heading.questions", culture)).Append('\n');
            // The first few: a person is asked one question at a time, and the ranking puts the best first.
            for (var i = 0; i < assessment.Questions.Count && i < MaxQuestions; i++)
            {
                var question = assessment.Questions[i];
                text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. ").Append(question.GetText(culture)).Append('\n');
            }

            if (assessment.Questions.Count > MaxQuestions)
            {
                text.Append("  ").Append(Texts.Format("assess.moreQuestions", culture, (assessment.Questions.Count - MaxQuestions).ToString(CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        text.Append('\n').Append(Texts.Format("assess.footer", culture, assessment.Policy.Name, assessment.Policy.Version)).Append('\n');
        return text.ToString();
    }
}
