using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using Xunit;

namespace InterviewRules.Tests;

public class ScenarioValidationTests
{
    [Fact]
    public void Candidate_SeveralBadValues_ReportsEveryOne()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Candidate(-2, -1, true, 1001));

        Assert.Equal(["$.candidate.yearsOfExperience", "$.candidate.interviewsInLastYear", "$.candidate.otherOpportunities"], ex.Errors.Select(e => e.Path));
        Assert.Contains("candidate.yearsOfExperience is -2; it must be between 0 and 70.", ex.Message);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(70.01, "70.01")]
    public void Candidate_NonFiniteOrTooLarge_Rejected(double years, string shown)
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Candidate(years, 0, true));

        Assert.Equal($"candidate.yearsOfExperience is {shown}; it must be between 0 and 70.", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Opportunity_UndefinedEnumAndBadNumbers_ReportsEveryOne()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Opportunity((InterviewerRole)42, (InterviewFormat)(-1), -1, 0, new string('x', 201)));

        Assert.Equal(
            ["$.opportunity.interviewer", "$.opportunity.format", "$.opportunity.travelHours", "$.opportunity.durationHours", "$.opportunity.industry"],
            ex.Errors.Select(e => e.Path));
        Assert.Contains("opportunity.interviewer is 42, which is not a defined InterviewerRole", ex.Message);
        Assert.Contains("a text of 201 characters", ex.Message);
    }

    [Fact]
    public void Scenario_DuplicateConcernAndUndefinedFlag_Reported()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Some.Scenario(concerns: [Concern.TooBusy, Concern.TooBusy], redFlags: [(RedFlag)9]));

        Assert.Equal(["$.concerns[1]", "$.redFlags[0]"], ex.Errors.Select(e => e.Path));
        Assert.Contains("concerns[1] is tooBusy, which is already listed", ex.Message);
    }

    [Fact]
    public void Scenario_NullParts_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new InterviewScenario(null!, Some.Opportunity()));
        Assert.Throws<ArgumentNullException>(() => InterviewAdvisor.Default.Recommend(null!));
    }

    [Fact]
    public void Candidate_NegativeZero_IsStoredAsZero()
    {
        Assert.False(double.IsNegative(new Candidate(-0.0, 0, false).YearsOfExperience));
    }

    [Fact]
    public void Scenario_ListsItHandsOut_AreReadOnlyEvenAfterACast()
    {
        var scenario = Some.Scenario(concerns: [Concern.TooBusy, Concern.NotInterested], redFlags: [RedFlag.HighTurnover]);

        AssertReadOnly(scenario.Concerns);
        AssertReadOnly(scenario.RedFlags);
        AssertReadOnly(Facts.Concerns.Read(scenario).Items);
        AssertReadOnly(Facts.RedFlags.Read(scenario).Items);
        AssertReadOnly(Some.Scenario().Concerns);
        Assert.Equal([Concern.TooBusy, Concern.NotInterested], scenario.Concerns);
        Assert.Equal(["tooBusy", "notInterested"], Facts.Concerns.Read(scenario).Items);
    }

    internal static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], $"{list.GetType()} is an array: a cast makes it writable.");
        Assert.False(list is List<T>, $"{list.GetType()} is a List: a cast makes it writable.");
        if (list is IList<T> generic)
        {
            Assert.True(generic.IsReadOnly);
            if (generic.Count > 0)
            {
                Assert.Throws<NotSupportedException>(() => generic[0] = generic[0]);
            }
        }

        if (list is IList untyped)
        {
            Assert.True(untyped.IsReadOnly);
        }
    }
}
