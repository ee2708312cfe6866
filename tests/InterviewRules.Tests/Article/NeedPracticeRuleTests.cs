using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Article;

public class NeedPracticeRuleTests
{
    private readonly IRule<InterviewScenario> _rule = ArticleRules.NeedPractice();

    [Theory]
    [InlineData(2.99, 5, true)]
    [InlineData(3, 5, false)]
    [InlineData(0, 5, true)]
    [InlineData(10, 1, true)]
    [InlineData(10, 2, false)]
    [InlineData(10, 0, true)]
    public void Evaluate_AtBoundaries_FiresBelowEitherThreshold(double years, int interviews, bool fires)
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(years, interviews)));

        Assert.Equal(fires, finding is not null);
    }

    [Fact]
    public void Evaluate_TwoYearsNoInterviews_FavoursAcceptWithEvidence()
    {
        var finding = _rule.Evaluate(Some.Scenario(Some.Candidate(1.5, 0)))!;

        Assert.Equal(2, finding.Weight);
        Assert.Equal(FindingEffect.Accept, finding.Effect);
        Assert.Equal(FindingKind.Reason, finding.Kind);
        Assert.Equal("§1 You Need Practice", finding.Source);
        Assert.Equal(FactValue.FromNumber(1.5), Assert.Single(finding.Evidence, e => e.Fact == "candidate.yearsOfExperience").Value);
        Assert.Equal(FactValue.FromNumber(0), Assert.Single(finding.Evidence, e => e.Fact == "candidate.interviewsInLastYear").Value);
        Assert.StartsWith("You have 1.5 years of experience and no interview in the last year.", finding.Explanation);
    }

    [Fact]
    public void Evaluate_CustomThresholds_AreHonoured()
    {
        var rule = ArticleRules.NeedPractice(new NeedPracticeOptions { Weight = 3, YearsOfExperienceBelow = 2, InterviewsInLastYearBelow = 0 });

        Assert.Null(rule.Evaluate(Some.Scenario(Some.Candidate(2, 0))));
        Assert.Equal(3, rule.Evaluate(Some.Scenario(Some.Candidate(1.99, 0)))!.Weight);
    }

    [Fact]
    public void Constructor_NegativeWeight_NamesTheParameter()
    {
        var ex = Assert.Throws<System.ArgumentException>(() => ArticleRules.NeedPractice(new NeedPracticeOptions { Weight = -1 }));

        Assert.Contains("need-practice.weight is -1; it must be between 0 and 100.", ex.Message);
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void Constructor_SeveralBadOptions_AllNamedInOneError()
    {
        var options = new NeedPracticeOptions { Weight = double.NaN, YearsOfExperienceBelow = 71, InterviewsInLastYearBelow = 1 };

        var ex = Assert.Throws<System.ArgumentException>(() => ArticleRules.NeedPractice(options));

        Assert.Contains("need-practice.weight is NaN; it must be between 0 and 100.", ex.Message);
        Assert.Contains("need-practice.yearsOfExperienceBelow is 71; it must be between 0 and 70.", ex.Message);
        Assert.DoesNotContain("interviewsInLastYearBelow", ex.Message);
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_RuleKeepsItsCopy()
    {
        var options = new NeedPracticeOptions { YearsOfExperienceBelow = 2 };
        var rule = ArticleRules.NeedPractice(options);

        options.YearsOfExperienceBelow = 10;

        Assert.Null(rule.Evaluate(Some.Scenario(Some.Candidate(5, 3))));
    }
}
