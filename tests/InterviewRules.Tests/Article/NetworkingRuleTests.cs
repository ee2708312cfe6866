using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Json;
using Xunit;

namespace InterviewRules.Tests.Article;

public class NetworkingRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.Networking();

    [Theory]
    [InlineData(InterviewerRole.Recruiter, "a recruiter")]
    [InlineData(InterviewerRole.HiringManager, "the hiring manager")]
    [InlineData(InterviewerRole.DepartmentHead, "a department head")]
    [InlineData(InterviewerRole.Executive, "an executive")]
    [InlineData(InterviewerRole.Peer, "a possible future colleague")]
    [InlineData(InterviewerRole.Unknown, "whoever the company sends")]
    public void Evaluate_AnyInterviewer_AlwaysFires(InterviewerRole role, string phrase)
    {
        var finding = _rule.Evaluate(Some.Scenario(opportunity: Some.Opportunity(role)))!;

        Assert.Equal(2, finding.Weight);
        Assert.Contains(phrase, finding.Explanation);
        Assert.Equal(FactValue.FromText(ContractNames.Of(role)), Assert.Single(finding.Evidence).Value);
    }

    [Fact]
    public void Evaluate_WrongIndustry_AnswersWithTheFinanceToMedicalAnecdote()
    {
        var scenario = Some.Scenario(opportunity: Some.Opportunity(InterviewerRole.Recruiter, industry: "finance"), concerns: [Concern.WrongIndustry]);

        var finding = _rule.Evaluate(scenario)!;

        Assert.Equal(2, finding.Weight);
        Assert.True(finding.TryGetEvidence("opportunity.industry", out var industry));
        Assert.Equal("finance", industry.Text);
        Assert.Contains("rather not work in finance", finding.Explanation);
        Assert.Contains("medical", finding.Explanation);
    }

    [Fact]
    public void Evaluate_WrongIndustryWithoutIndustry_SaysThisIndustry()
    {
        var finding = _rule.Evaluate(Some.With(Concern.WrongIndustry))!;

        Assert.Contains("rather not work in this industry", finding.Explanation);
    }
}
