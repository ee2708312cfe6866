using System;
using InterviewRules.Article;
using InterviewRules.Engine;
using Xunit;

namespace InterviewRules.Tests.Engine;

public class RuleTests
{
    private static readonly RuleDescriptor Junior = new("junior", FindingKind.Reason, "Junior", "test", "+1");
    private static readonly RuleDescriptor Combined = new("combined", FindingKind.Reason, "Combined", "test", "sum");
    private static readonly RuleDescriptor Negated = new("negated", FindingKind.Cost, "Negated", "test", "-1");

    private static readonly IRule<InterviewScenario> IsJunior =
        Rule.When<InterviewScenario>(Junior, s => s.Candidate.YearsOfExperience < 2, 1, "You are junior.");

    private static readonly IRule<InterviewScenario> Busy = ArticleRules.TooBusy();

    [Fact]
    public void When_PredicateHolds_FiresWithFixedFinding()
    {
        var finding = IsJunior.Evaluate(Some.Scenario(Some.Candidate(years: 1)))!;

        Assert.Equal("junior", finding.RuleId);
        Assert.Equal(1, finding.Weight);
        Assert.Equal("You are junior.", finding.Explanation);
        Assert.Null(IsJunior.Evaluate(Some.Scenario(Some.Candidate(years: 2))));
    }

    [Fact]
    public void WhenGuard_PredicateFalse_SuppressesInnerRule()
    {
        var guarded = Rule.When<InterviewScenario>(s => s.Candidate.ActivelyLooking, Busy);
        var busy = Some.Scenario(Some.Candidate(looking: false), concerns: [Concern.TooBusy]);

        Assert.Null(guarded.Evaluate(busy));
        Assert.NotNull(Busy.Evaluate(busy));
        Assert.Equal("too-busy", guarded.Descriptor.Id);
    }

    [Fact]
    public void All_FiresOnlyWhenEveryRuleFires_AndSumsWeights()
    {
        var all = Rule.All(Combined, IsJunior, Busy);
        var both = Some.Scenario(Some.Candidate(years: 1, looking: true), concerns: [Concern.TooBusy]);

        var finding = all.Evaluate(both)!;

        Assert.Equal("combined", finding.RuleId);
        Assert.Equal(1.5, finding.Weight);
        Assert.Contains("You are junior.", finding.Explanation);
        Assert.Contains("too busy", finding.Explanation);
        Assert.Null(all.Evaluate(Some.Scenario(Some.Candidate(years: 1))));
    }

    [Fact]
    public void All_OfOneRule_BehavesAsThatRule()
    {
        var single = Rule.All(Busy.Descriptor, Busy);

        foreach (var scenario in new[] { Some.With(Concern.TooBusy), Some.Scenario(), Some.Scenario(Some.Candidate(looking: true), concerns: [Concern.TooBusy]) })
        {
            var expected = Busy.Evaluate(scenario);
            var actual = single.Evaluate(scenario);
            Assert.Equal(expected is null, actual is null);
            if (expected is not null)
            {
                Assert.Equal(expected.Weight, actual!.Weight);
                Assert.Equal(expected.Veto, actual.Veto);
                Assert.Equal(expected.Evidence, actual.Evidence);
                Assert.Equal(expected.Explanation, actual.Explanation);
            }
        }
    }

    [Fact]
    public void Any_FiresWhenOneRuleFires_WithTheFiredOnesOnly()
    {
        var any = Rule.Any(Combined, IsJunior, Busy);

        var finding = any.Evaluate(Some.Scenario(Some.Candidate(years: 1)))!;

        Assert.Equal(1, finding.Weight);
        Assert.Equal("You are junior.", finding.Explanation);
        Assert.Null(any.Evaluate(Some.Scenario()));
    }

    [Fact]
    public void Not_FiresExactlyWhenInnerDoesNot()
    {
        var notJunior = Rule.Not(IsJunior, Negated, -1, "Not junior.");

        Assert.Null(notJunior.Evaluate(Some.Scenario(Some.Candidate(years: 1))));
        Assert.Equal(-1, notJunior.Evaluate(Some.Scenario(Some.Candidate(years: 5)))!.Weight);
    }

    [Fact]
    public void NotNot_FiresExactlyWhenTheRuleFires()
    {
        var twice = Rule.Not(Rule.Not(IsJunior, Negated, -1, "Not junior."), Junior, 1, "You are junior.");

        foreach (var years in new[] { 0.0, 1.99, 2, 30 })
        {
            var scenario = Some.Scenario(Some.Candidate(years: years));
            Assert.Equal(IsJunior.Evaluate(scenario) is null, twice.Evaluate(scenario) is null);
        }
    }

    [Fact]
    public void Scale_MultipliesWeight_KeepsIdAndEvidence()
    {
        var doubled = Rule.Scale(ArticleRules.NeedPractice(), 2);

        var finding = doubled.Evaluate(Some.Scenario(Some.Candidate(years: 1)))!;

        Assert.Equal("need-practice", finding.RuleId);
        Assert.Equal(4, finding.Weight);
        Assert.Equal(2, finding.Evidence.Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Scale_BadFactor_Throws(double factor)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rule.Scale(Busy, factor));
        Assert.Equal("factor", ex.ParamName);
    }

    [Fact]
    public void All_NoRules_Throws() => Assert.Throws<ArgumentException>(() => Rule.All<InterviewScenario>(Combined));

    [Theory]
    [InlineData("Need-Practice")]
    [InlineData("need--practice")]
    [InlineData("-need")]
    [InlineData("need practice")]
    [InlineData("")]
    public void RuleDescriptor_BadId_ThrowsNamingTheId(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor(id, FindingKind.Reason, "t", "s", "w"));
        Assert.Contains("kebab-case", ex.Message);
    }
}
