using System.Text;
using Xunit;

namespace InterviewRules.Tests.Policies;

/// <summary>A custom rule's explanation is filled once: a value that looks like a placeholder stays as written.</summary>
public class TemplateTests
{
    [Fact]
    public void Explanation_ValueLookingLikeAPlaceholder_IsNotReadAgain()
    {
        var policy = InterviewJson.ReadPolicy(Encoding.UTF8.GetBytes("""
            {"name":"t","version":"1","customRules":[{"id":"industry-echo","kind":"reason","effect":"accept","weight":1,"title":"T",
              "explanation":"Industry {opportunity.industry}, years {candidate.yearsOfExperience}.","source":"s",
              "when":{"fact":"candidate.activelyLooking","op":"equals","value":false}}]}
            """));
        var scenario = new InterviewScenario(
            new Candidate(1, 0, activelyLooking: false),
            new Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video, industry: "{candidate.yearsOfExperience} {0}"));

        var finding = InterviewAdvisor.Create(policy).Recommend(scenario).FindingFor("industry-echo")!;

        Assert.Equal("Industry {candidate.yearsOfExperience} {0}, years 1.", finding.Explanation);
    }

    [Fact]
    public void NetworkingExplanation_IndustryLookingLikeAFormatItem_StaysAsWritten()
    {
        var scenario = new InterviewScenario(
            new Candidate(1, 0, activelyLooking: false),
            new Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video, industry: "{0} {candidate.yearsOfExperience}"),
            concerns: [Concern.WrongIndustry]);

        var finding = InterviewAdvisor.Default.Recommend(scenario).FindingFor("networking")!;

        Assert.Contains("rather not work in {0} {candidate.yearsOfExperience},", finding.Explanation, System.StringComparison.Ordinal);
    }
}
