using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Policies;
using InterviewRules.Tests.Properties;
using Xunit;

namespace InterviewRules.Tests.Article;

/// <summary>
/// The flat condition program reads the scenario's fields directly; these tests hold it to the plain meaning of
/// each operator over the fact table's own reader (<see cref="FactDefinition.Read"/>), for every fact and operator.
/// </summary>
public class ConditionProgramTests
{
    private static readonly InterviewScenario[] Scenarios =
    [
        .. Generators.Scenario.Array[300].Single(),
        Some.Scenario(Some.Candidate(years: 3, interviews: 2, others: 3), Some.Opportunity(travel: 1, duration: 8, industry: "finance")),
    ];

    public static IEnumerable<object[]> Leaves()
    {
        foreach (var fact in Facts.All)
        {
            foreach (var op in FactOperators.Of(fact))
            {
                foreach (var value in Operands(fact, op))
                {
                    yield return [fact.Path, (int)op, value];
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Leaves))]
    public void Leaf_AgreesWithThePlainMeaning(string path, int operatorIndex, FactValue value)
    {
        var op = (ConditionOperator)operatorIndex;
        var fact = FactDefinition.Find(path)!;
        var program = ConditionProgram.Compile(Condition.Fact(path, op, value));

        foreach (var scenario in Scenarios)
        {
            var expected = Holds(fact.Read(scenario), op, value);
            Assert.Equal(expected, program.Evaluate(scenario));
            Assert.Equal(expected, program.Results(scenario).Single().Result);
        }
    }

    [Fact]
    public void Groups_ShortCircuit_YetEveryLeafShownInTheResults()
    {
        var a = Condition.Fact("candidate.yearsOfExperience", ConditionOperator.LessThan, FactValue.FromNumber(3));
        var b = Condition.Fact("concerns", ConditionOperator.Contains, FactValue.FromText("tooBusy"));
        var c = Condition.Fact("opportunity.format", ConditionOperator.In, FactValue.FromList(["video", "phone"]));
        var program = ConditionProgram.Compile(Condition.Any(Condition.All(a, Condition.Not(b)), c));

        foreach (var scenario in Scenarios)
        {
            var (ha, hb, hc) = (scenario.Candidate.YearsOfExperience < 3, scenario.Has(Concern.TooBusy), scenario.Opportunity.Format is InterviewFormat.Video or InterviewFormat.Phone);
            Assert.Equal((ha && !hb) || hc, program.Evaluate(scenario));
            Assert.Equal([ha, hb, hc], program.Results(scenario).Select(r => r.Result));
        }
    }

    [Fact]
    public void Always_HoldsInEveryScenario()
    {
        var program = ConditionProgram.Compile(Condition.Always);
        Assert.All(Scenarios, scenario => Assert.True(program.Evaluate(scenario)));
        Assert.All(Scenarios, scenario => Assert.False(ConditionProgram.Compile(Condition.Not(Condition.Always)).Evaluate(scenario)));
    }

    [Fact]
    public void ASum_ReadsItsTerms()
    {
        Assert.Equal([Facts.TravelHours, Facts.DurationHours], Facts.TotalHours.Terms);
        var program = ConditionProgram.Compile(Condition.Fact(Facts.TotalHours, ConditionOperator.GreaterThan, 8));
        Assert.All(Scenarios, s => Assert.Equal(s.Opportunity.TravelHours + s.Opportunity.DurationHours > 8, program.Evaluate(s)));
    }

    private static IEnumerable<FactValue> Operands(FactDefinition fact, ConditionOperator op) => fact.Type switch
    {
        FactType.Number => new double[] { 0, 0.5, 1, 2, 3, 8, 9, 70 }.Select(FactValue.FromNumber),
        FactType.Boolean => [FactValue.FromBoolean(true), FactValue.FromBoolean(false)],
        FactType.Text when op == ConditionOperator.In => fact.AllowedValues.Count > 0
            ? [FactValue.FromList(fact.AllowedValues.Take(2).ToArray()), FactValue.FromList([fact.AllowedValues[^1]])]
            : [FactValue.FromList(["finance", "medical"])],
        FactType.Text => fact.AllowedValues.Count > 0 ? fact.AllowedValues.Select(FactValue.FromText) : [FactValue.FromText("finance")],
        _ => fact.AllowedValues.Select(FactValue.FromText),
    };

    private static bool Holds(FactValue actual, ConditionOperator op, FactValue value) => op switch
    {
        ConditionOperator.EqualTo => actual == value,
        ConditionOperator.NotEqualTo => actual != value,
        ConditionOperator.LessThan => actual.Number < value.Number,
        ConditionOperator.LessThanOrEqual => actual.Number <= value.Number,
        ConditionOperator.GreaterThan => actual.Number > value.Number,
        ConditionOperator.GreaterThanOrEqual => actual.Number >= value.Number,
        ConditionOperator.In => actual.Text is { } text && value.Items.Contains(text),
        _ => actual.Items.Contains(value.Text!),
    };
}
