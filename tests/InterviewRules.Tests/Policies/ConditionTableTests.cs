using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics;
using CsCheck;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using InterviewRules.Tests.Properties;
using Xunit;

namespace InterviewRules.Tests.Policies;

/// <summary>
/// The condition table rewrites a policy's conditions into bit tests; it must answer exactly as each condition's
/// tree walk does, for any condition the policy format can express, and step aside past its limits.
/// </summary>
public class ConditionTableTests
{
    private static readonly Condition[] Leaves = ConditionProgramTests.Leaves()
        .Select(l => Condition.Fact((string)l[0], (ConditionOperator)(int)l[1], (FactValue)l[2]))
        .ToArray();

    private static readonly Gen<Condition> Leaf = Gen.Int[0, Leaves.Length - 1].Select(i => Leaves[i]);

    private static readonly InterviewScenario[] Scenarios = [.. Generators.Scenario.Array[200].Single()];

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(1)]
    public void GeneratedConditions_TableAgreesWithTheTreeWalk_OnEveryScenario(int width)
    {
        var tables = 0;
        var refused = 0;
        Gen.Int[1, 12].SelectMany(n => Conditions(3).Array[n]).Sample(
            conditions =>
            {
                var programs = conditions.Select(ConditionProgram.Compile).ToArray();
                if (ConditionTable.TryCreate(programs, width) is not { } table)
                {
                    refused++;
                    return;
                }

                tables++;
                Assert.True(table.Width <= Math.Max(width, 1) || width == 0, $"width {table.Width} for {width}");
                foreach (var scenario in Scenarios)
                {
                    var expected = 0UL;
                    for (var i = 0; i < programs.Length; i++)
                    {
                        expected |= programs[i].Evaluate(scenario) ? 1UL << i : 0;
                    }

                    Assert.Equal(expected, table.Evaluate(scenario));
                }
            },
            iter: 2_000);

        // The agreement must not rest on a handful of tables: most generated policies fit one, though they are far
        // bigger than real ones (up to 12 rules of random trees three groups deep; every sample policy fits, below).
        Assert.True(tables > 3 * refused, $"{tables} tables made, {refused} refused");
    }

    [Theory]
    [InlineData("article-default-declarative")]
    [InlineData("campus-board")]
    [InlineData("executive-search")]
    public void EverySamplePolicy_FitsATable(string name)
    {
        var policy = InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", name + ".json")));
        var programs = policy.CreateRuleSet().OfType<DeclarativeRule>().Select(r => r.Program).ToArray();

        Assert.NotEmpty(programs);
        Assert.Equal(programs.Length, ConditionTable.TryCreate(programs)?.Count);
    }

    [Fact]
    public void TheDeclarativeArticleDefault_IsSixNumberTestsThreeAnyOfs_AndSeventeenTerms()
    {
        // need-practice's two number tests are one "any of"; low-cost's "video or phone" is merged into "video,
        // phone or a short trip", and the narrower "any of" made on the way is read by no term, so it takes no bit.
        var policy = InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", "article-default-declarative.json")));
        var programs = policy.CreateRuleSet().OfType<DeclarativeRule>().Select(r => r.Program).ToArray();

        var table = ConditionTable.TryCreate(programs);

        Assert.Equal(6 + 3, table?.Derived);
        Assert.Equal(17, table?.Terms);
        AssertAgrees(programs, table);
    }

    [Fact]
    public void SharedLeaves_AreComputedOnce_AndOrsOfChoicesBecomeOneTest()
    {
        var young = Fact("candidate.yearsOfExperience", ConditionOperator.LessThan, 3);
        var rumours = Enum.GetValues<RedFlag>().Select(f => Condition.Fact("rumours", ConditionOperator.Contains, FactValue.FromText(ContractNames.Of(f)))).ToArray();
        var programs = new[]
        {
            ConditionProgram.Compile(young),
            ConditionProgram.Compile(Condition.Not(young)),
            ConditionProgram.Compile(Condition.Any(rumours)),
            ConditionProgram.Compile(Condition.All(young, Condition.Any(rumours))),
        };

        var table = ConditionTable.TryCreate(programs)!;

        Assert.Equal(2, table.Derived);
        Assert.Equal(4, table.Terms);
        foreach (var scenario in Scenarios)
        {
            var (y, r) = (scenario.Candidate.YearsOfExperience < 3, scenario.Rumours.Count > 0);
            Assert.Equal((y ? 1UL : 0) | (y ? 0 : 2UL) | (r ? 4UL : 0) | (y && r ? 8UL : 0), table.Evaluate(scenario));
        }
    }

    [Fact]
    public void PastItsLimits_NoTable_AndAtThemEveryRuleStillAnswers()
    {
        // An "all" of six two-way "any"s over numbers, each with a negated part (no "any of" merges those), is 64
        // terms once multiplied out. Without the negations each "any" is one merged test, and the "all" one term.
        var numbers = new[] { "candidate.yearsOfExperience", "candidate.interviewsInLastYear", "candidate.otherOpportunities", "opportunity.travelHours", "opportunity.durationHours", "opportunity.totalHours" };
        var wide = Condition.All(numbers.Select(f => Condition.Any(Fact(f, ConditionOperator.LessThan, 1), Condition.Not(Fact(f, ConditionOperator.LessThanOrEqual, 5)))).ToArray());
        Assert.Null(ConditionTable.TryCreate([ConditionProgram.Compile(wide)]));
        var merged = Condition.All(numbers.Select(f => Condition.Any(Fact(f, ConditionOperator.LessThan, 1), Fact(f, ConditionOperator.GreaterThan, 5))).ToArray());
        var mergedTable = ConditionTable.TryCreate([ConditionProgram.Compile(merged)]);
        Assert.Equal(1, mergedTable?.Terms);
        AssertAgrees([ConditionProgram.Compile(merged)], mergedTable);

        // 64 rules, each its own mix of a number test, a choice and a second term: every result bit, the last included.
        var mixed = Enumerable.Range(0, ConditionTable.MaxRules).Select(i => ConditionProgram.Compile(Condition.Any(
            Condition.All(Fact("opportunity.travelHours", ConditionOperator.LessThan, i % 9), Condition.Fact("concerns", ConditionOperator.Contains, FactValue.FromText(ContractNames.Of((Concern)(i % 7))))),
            Fact("candidate.otherOpportunities", ConditionOperator.GreaterThan, i % 5)))).ToArray();
        Assert.Null(ConditionTable.TryCreate([.. mixed, mixed[0]]));
        AssertAgrees(mixed, ConditionTable.TryCreate(mixed));

        // Each rule below needs two number tests of its own: one rule more than the word has room for is refused.
        // (Merged, each would need a third bit; the table is then made without merging number tests.)
        var intervals = Enumerable.Range(0, (ConditionTable.Room / 2) + 1).Select(i => ConditionProgram.Compile(Condition.Any(Fact("opportunity.travelHours", ConditionOperator.LessThan, i), Fact("opportunity.durationHours", ConditionOperator.LessThan, i)))).ToArray();
        Assert.Null(ConditionTable.TryCreate(intervals));
        AssertAgrees(intervals[..^1], ConditionTable.TryCreate(intervals[..^1]));
    }

    /// <summary>
    /// The table and the tree walk read a scenario's numbers from the vector the scenario made
    /// (Article/NumberFacts.cs), by field position, and its choices from its word (Article/ChoiceBits.cs): both must
    /// hold what the candidate and the interview say, where the fields say.
    /// </summary>
    [Fact]
    public void TheScenariosNumbersAndChoiceWord_AreWhereTheTableReadsThem()
    {
        var numberFields = Enum.GetValues<ConditionProgram.Field>().Where(f => f < ConditionProgram.Field.ActivelyLooking).ToArray();
        Assert.Equal(NumberFacts.Count, numberFields.Length);
        foreach (var scenario in Scenarios)
        {
            var (c, o) = (scenario.Candidate, scenario.Opportunity);
            var expected = new Dictionary<string, double>
            {
                ["YearsOfExperience"] = c.YearsOfExperience,
                ["InterviewsInLastYear"] = c.InterviewsInLastYear,
                ["OtherOpportunities"] = c.OtherOpportunities,
                ["TravelHours"] = o.TravelHours,
                ["DurationHours"] = o.DurationHours,
                ["TotalHours"] = o.TravelHours + o.DurationHours,
            };
            foreach (var field in numberFields)
            {
                Assert.Equal(expected[field.ToString()], scenario.Numbers.GetElement((int)field));
            }

            Assert.Equal(0, scenario.Numbers.GetElement(6));
            Assert.Equal(0, scenario.Numbers.GetElement(7));
            Assert.Equal(1UL << (int)o.Interviewer, scenario.ChoiceWord & ((1UL << ChoiceBits.FormatAt) - 1));
            Assert.Equal(1UL << (int)o.Format, (scenario.ChoiceWord >> ChoiceBits.FormatAt) & ((1UL << (ChoiceBits.LookingAt - ChoiceBits.FormatAt)) - 1));
            Assert.Equal(c.ActivelyLooking ? 2UL : 1UL, (scenario.ChoiceWord >> ChoiceBits.LookingAt) & 3);
            Assert.Equal(scenario.ConcernMask, (scenario.ChoiceWord >> ChoiceBits.ConcernsAt) & ((1UL << (ChoiceBits.RedFlagsAt - ChoiceBits.ConcernsAt)) - 1));
            Assert.Equal(scenario.RedFlagMask, (scenario.ChoiceWord >> ChoiceBits.RedFlagsAt) & ((1UL << (ChoiceBits.RumoursAt - ChoiceBits.RedFlagsAt)) - 1));
            Assert.Equal(scenario.RumourMask, scenario.ChoiceWord >> ChoiceBits.RumoursAt);
        }
    }

    [Fact]
    public void TheSameTextTest_IsOneDerivedBit_HoweverManyRulesUseIt()
    {
        var finance = ConditionProgram.Compile(Condition.Fact("opportunity.industry", ConditionOperator.EqualTo, FactValue.FromText("finance")));
        var programs = Enumerable.Repeat(finance, ConditionTable.Room + 1).ToArray();

        var table = ConditionTable.TryCreate(programs);

        Assert.Equal(1, table?.Derived);
        AssertAgrees(programs, table);
    }

    [Fact]
    public void AnAnyOfManyChoices_IsJudgedOnceMerged()
    {
        // 33 parts would be 33 terms; merged, the 26 single names and the 7 number tests are one test.
        var names = Enumerable.Range(0, 7).Select(i => Condition.Fact("concerns", ConditionOperator.Contains, FactValue.FromText(ContractNames.Of((Concern)i))))
            .Concat(Enum.GetValues<RedFlag>().Select(f => Condition.Fact("rumours", ConditionOperator.Contains, FactValue.FromText(ContractNames.Of(f)))))
            .Concat(Enum.GetValues<RedFlag>().Select(f => Condition.Fact("redFlags", ConditionOperator.Contains, FactValue.FromText(ContractNames.Of(f)))))
            .Concat(Enum.GetValues<InterviewerRole>().Select(r => Condition.Fact("opportunity.interviewer", ConditionOperator.EqualTo, FactValue.FromText(ContractNames.Of(r)))))
            .Concat(Enum.GetValues<InterviewFormat>().Select(f => Condition.Fact("opportunity.format", ConditionOperator.EqualTo, FactValue.FromText(ContractNames.Of(f)))))
            .Concat(Enumerable.Range(0, 7).Select(i => Fact("opportunity.travelHours", ConditionOperator.GreaterThan, i)))
            .ToArray();
        Assert.True(names.Length > ConditionTable.MaxTerms, $"{names.Length} parts");
        var programs = new[] { ConditionProgram.Compile(Condition.Any(names)) };

        var table = ConditionTable.TryCreate(programs);

        Assert.Equal(1, table?.Terms);
        AssertAgrees(programs, table);
    }

    private static void AssertAgrees(ConditionProgram[] programs, ConditionTable? table)
    {
        Assert.NotNull(table);
        foreach (var scenario in Scenarios)
        {
            var expected = 0UL;
            for (var i = 0; i < programs.Length; i++)
            {
                expected |= programs[i].Evaluate(scenario) ? 1UL << i : 0;
            }

            Assert.Equal(expected, table.Evaluate(scenario));
        }
    }

    /// <summary>Random trees of all, any and not over every fact and operator, at most <paramref name="depth"/> groups deep.</summary>
    private static Gen<Condition> Conditions(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (4, Leaf),
            (1, Conditions(depth - 1).Select(Condition.Not)),
            (2, Conditions(depth - 1).Array[1, 4].Select(Condition.All)),
            (2, Conditions(depth - 1).Array[1, 4].Select(Condition.Any)));

    private static Condition Fact(string path, ConditionOperator op, double value) => Condition.Fact(path, op, FactValue.FromNumber(value));
}
