using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Assessing;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.Assessing;

/// <summary>
/// Holds the assessor to brute force: every completion of a partial scenario over a grid of values that puts each
/// number on both sides of every threshold the tested policies use (sums included, on both terms), every value of each
/// discrete item and every state of each red flag, each scored by the evaluator. Status, decision, score range, the
/// relevant items and the first question must agree; the sufficient facts must settle alone and not without any one.
/// </summary>
public class AssessorBruteForceTests
{
    private static readonly Dictionary<string, double[]> Grid = new(StringComparer.Ordinal)
    {
        ["candidate.yearsOfExperience"] = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 70],
        ["candidate.interviewsInLastYear"] = [0, 1, 2, 3, 4, 5, 1000],
        ["candidate.otherOpportunities"] = [0, 1, 2, 3, 4, 5, 6, 1000],
        ["opportunity.travelHours"] = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 7.5, 8, 9, 10, 11, 12, 100],
        ["opportunity.durationHours"] = [0.25, 0.5, 1, 2, 3, 4, 5, 6, 7, 7.5, 8, 9, 10, 11, 12, 100],
    };

    public static IEnumerable<object[]> Conversations()
    {
        // The article's own situations, told a little at a time.
        var flagsNone = PartialScenario.Empty.WithRedFlags([]).WithRumours([]);
        yield return ["recruiter video, busy and not interested", flagsNone.WithOpportunity(InterviewerRole.Recruiter, InterviewFormat.Video).WithConcerns([Concern.TooBusy, Concern.NotInterested]).WithCandidate(yearsOfExperience: 4, interviewsInLastYear: 3)];
        yield return ["busy, nothing else", PartialScenario.Empty.WithConcerns([Concern.TooBusy]).WithRedFlags([]).WithRumours([]).WithOpportunity(InterviewerRole.Recruiter, InterviewFormat.OnSite, 2, 1).WithCandidate(yearsOfExperience: 10, interviewsInLastYear: 5)];
        yield return ["long trip, looking unknown", flagsNone.WithConcerns([]).WithOpportunity(InterviewerRole.Peer, InterviewFormat.OnSite, durationHours: 5).WithCandidate(10, 5, otherOpportunities: 4)];
        yield return ["new graduate, trip unknown", flagsNone.WithConcerns([]).WithCandidate(1.5, 0, true, 1).WithOpportunity(InterviewerRole.HiringManager, InterviewFormat.OnSite)];
        yield return ["heard of turnover, vague feeling", PartialScenario.Empty.WithConcerns([Concern.VagueBadFeeling]).WithCandidate(8, 3, false, 0).WithOpportunity(InterviewerRole.DepartmentHead, InterviewFormat.Video, 0, 1).WithRedFlagRuledOut(RedFlag.HighTurnover, FlagState.None)];
        yield return ["untrustworthy leader rumoured or known", PartialScenario.Empty.WithConcerns([]).WithCandidate(1, 0, true, 0).WithOpportunity(InterviewerRole.Executive, InterviewFormat.Phone, 0, 1).WithRedFlags([]).WithRedFlagRuledOut(RedFlag.UntrustworthyLeadership, FlagState.None)];
        yield return ["waiting on a first choice, experience unknown", flagsNone.WithConcerns([Concern.WaitingOnFirstChoice]).WithCandidate(interviewsInLastYear: 4, activelyLooking: false, otherOpportunities: 0).WithOpportunity(InterviewerRole.Recruiter, InterviewFormat.OnSite, 3, 6)];
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public void ArticleConversation_AgreesWithBruteForce(string name, PartialScenario scenario)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Check(InterviewAdvisor.Default, scenario);
    }

    [Fact]
    public void GeneratedPartialScenarios_UnderGeneratedPolicies_AgreeWithBruteForce()
    {
        var random = new Random(20261208);
        for (var i = 0; i < 160; i++)
        {
            var advisor = i % 4 == 0 ? InterviewAdvisor.Default : InterviewAdvisor.Create(RandomPolicy(random));
            Check(advisor, RandomPartial(random, maxUnknown: 1 + (i % 4)));
        }
    }

    [Fact]
    public void Sufficient_SettlesAlone_AndNotWithoutAnyOneOfIt()
    {
        var random = new Random(7);
        var checkedSettled = 0;
        for (var i = 0; i < 200 && checkedSettled < 40; i++)
        {
            var advisor = i % 2 == 0 ? InterviewAdvisor.Default : InterviewAdvisor.Create(RandomPolicy(random));
            var assessment = advisor.Assess(RandomPartial(random, maxUnknown: 3));
            if (assessment.Status != AssessmentStatus.Settled)
            {
                continue;
            }

            checkedSettled++;
            var only = Only(assessment.Sufficient!);
            var alone = advisor.Assess(only);
            Assert.Equal(AssessmentStatus.Settled, alone.Status);
            Assert.Equal(assessment.Decision, alone.Decision);
            foreach (var item in assessment.Sufficient!)
            {
                var without = advisor.Assess(Only(assessment.Sufficient!.Where(s => s != item)));
                Assert.False(without.Status == AssessmentStatus.Settled && without.Decision == assessment.Decision, $"{item} is not needed in {string.Join(", ", assessment.Sufficient!)}");
            }

            PartialScenario Only(IEnumerable<string> keep)
            {
                var original = RandomPartialSource!;
                var items = original.Items.ToArray();
                // Known items outside the set are forgotten; what was known only in part stays as it was.
                foreach (var item in Item.All.Where(i => !keep.Contains(i.Path) && items[i.Index].IsKnown(i)))
                {
                    items[item.Index] = ItemState.Unknown(item);
                }

                return PartialScenario.FromItems(items);
            }
        }

        Assert.True(checkedSettled >= 10, $"only {checkedSettled} settled cases were generated");
    }

    // The partial scenario RandomPartial made last (the sufficient test keeps a subset of its known items).
    private static PartialScenario? RandomPartialSource;

    private static void Check(InterviewAdvisor advisor, PartialScenario scenario)
    {
        var assessment = advisor.Assess(scenario);
        var brute = Brute(advisor, scenario.Items.ToArray(), null, null);
        var context = $"{scenario} under {advisor.Policy}: {assessment}";
        Assert.NotEqual(AssessmentStatus.Undetermined, assessment.Status);
        Assert.True(brute.Decisions.Count > 0, context);
        Assert.Equal(brute.Decisions.Count == 1 ? AssessmentStatus.Settled : AssessmentStatus.Open, assessment.Status);
        Assert.Equal(brute.Decisions.Count == 1 ? brute.Decisions.Single() : null, assessment.Decision);
        Assert.Equal(brute.Min, assessment.ScoreRange!.Value.Min, 9);
        Assert.Equal(brute.Max, assessment.ScoreRange!.Value.Max, 9);
        Assert.True(brute.Relevant.SequenceEqual(assessment.Relevant), $"relevant: brute force {string.Join(", ", brute.Relevant)}; assessor {string.Join(", ", assessment.Relevant)}; {context}");
        Assert.Equal(assessment.Relevant, assessment.Questions.Select(q => q.Fact).Order(StringComparer.Ordinal).Select(f => f).OrderBy(f => Item.Find(f)!.Index));

        if (assessment.Questions.Count > 0)
        {
            var ranked = assessment.Questions.Select(q =>
            {
                var item = Item.Find(q.Fact)!;
                var after = q.Answers.Select(a => Brute(advisor, scenario.Items.ToArray(), item, a.Answer)).ToList();
                return (q.Fact, Settles: after.All(b => b.Decisions.Count == 1), Worst: after.Max(b => b.Relevant.Count), item.Index);
            }).OrderBy(q => q.Settles ? 0 : 1).ThenBy(q => q.Worst).ThenBy(q => q.Index).ToList();
            Assert.True(ranked[0].Fact == assessment.Questions[0].Fact, $"first question: brute force {ranked[0].Fact}; assessor {assessment.Questions[0].Fact}; {context}");
        }
    }

    private sealed record BruteResult(HashSet<Verdict> Decisions, double Min, double Max, List<string> Relevant);

    /// <summary>Every completion over the grid (with one item held to an answer class when asked), scored by the evaluator.</summary>
    private static BruteResult Brute(InterviewAdvisor advisor, ItemState[] state, Item? held, string? answer)
    {
        var unknown = Item.All.Where(i => !state[i.Index].IsKnown(i)).ToList();
        var values = unknown.Select(i => Values(i, state[i.Index], i == held ? answer : null)).ToList();
        var decisions = new HashSet<Verdict>();
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var byAssignment = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        var choice = new int[unknown.Count];
        void Walk(int depth)
        {
            if (depth == unknown.Count)
            {
                var scenario = Scenario(state, unknown, values, choice);
                var result = advisor.Score(scenario);
                decisions.Add(result.Decision);
                min = Math.Min(min, result.Score);
                max = Math.Max(max, result.Score);
                byAssignment[string.Join(",", choice)] = result.Decision;
                return;
            }

            for (var v = 0; v < values[depth].Count; v++)
            {
                choice[depth] = v;
                Walk(depth + 1);
            }
        }

        Walk(0);
        var relevant = new List<string>();
        for (var u = 0; u < unknown.Count; u++)
        {
            var varies = byAssignment.GroupBy(kv => string.Join(",", kv.Key.Split(',').Select((c, i) => i == u ? "*" : c)))
                .Any(g => g.Select(kv => kv.Value).Distinct().Count() > 1);
            if (varies && unknown[u] != held)
            {
                relevant.Add(unknown[u].Path);
            }
        }

        return new BruteResult(decisions, min, max, relevant);
    }

    /// <summary>The grid values of an item that its state allows (and, with an answer class, that lie in it).</summary>
    private static List<object?> Values(Item item, ItemState state, string? answer)
    {
        switch (item.Kind)
        {
            case ItemKind.Discrete:
                return [.. Enumerable.Range(0, item.Values.Count).Where(v => (state.Mask & (1UL << v)) != 0 && (answer is null || item.Values[v] == answer)).Select(v => (object?)v)];
            case ItemKind.Text:
                string?[] texts = [null, "finance", "medical sales", "software"];
                return [.. texts.Where(t => answer is null || (answer == "none" ? t is null : answer == "other" ? t is "medical sales" : t == answer)).Select(t => (object?)t)];
            default:
                return [.. Grid[item.Path].Where(state.Contains).Where(x => answer is null || InClass(x, answer)).Select(x => (object?)x)];
        }
    }

    private static bool InClass(double x, string label)
    {
        static double N(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        if (label.StartsWith("<= ", StringComparison.Ordinal)) return x <= N(label[3..]);
        if (label.StartsWith(">= ", StringComparison.Ordinal)) return x >= N(label[3..]);
        if (label.StartsWith("< ", StringComparison.Ordinal)) return x < N(label[2..]);
        if (label.StartsWith("> ", StringComparison.Ordinal)) return x > N(label[2..]);
        if (label.StartsWith("= ", StringComparison.Ordinal)) return x == N(label[2..]);
        var comma = label.IndexOf(',', StringComparison.Ordinal);
        var low = N(label[1..comma]);
        var high = N(label[(comma + 2)..^1]);
        return (label[0] == '(' ? x > low : x >= low) && (label[^1] == ']' ? x <= high : x < high);
    }

    private static InterviewScenario Scenario(ItemState[] state, List<Item> unknown, List<List<object?>> values, int[] choice)
    {
        var completion = new Completion();
        foreach (var item in Item.All)
        {
            var known = state[item.Index];
            var at = unknown.IndexOf(item);
            object? value = at >= 0 ? values[at][choice[at]] : item.Kind switch
            {
                ItemKind.Number => known.Low,
                ItemKind.Discrete => System.Numerics.BitOperations.TrailingZeroCount(known.Mask),
                _ => known.Text,
            };
            switch (item.Kind)
            {
                case ItemKind.Number: completion.Numbers[item.Index] = (double)value!; break;
                case ItemKind.Discrete: completion.Values[item.Index] = (int)value!; break;
                default: completion.Text = (string?)value; break;
            }
        }

        return completion.ToScenario();
    }

    private static PartialScenario RandomPartial(Random random, int maxUnknown)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var full = new InterviewScenario(
            new Candidate(Pick(Grid["candidate.yearsOfExperience"]), (int)Pick(Grid["candidate.interviewsInLastYear"]), random.Next(2) == 0, (int)Pick(Grid["candidate.otherOpportunities"])),
            new Opportunity((InterviewerRole)random.Next(6), (InterviewFormat)random.Next(3), Pick(Grid["opportunity.travelHours"]), Pick(Grid["opportunity.durationHours"]), Pick(new[] { null, "finance", "software" })),
            Enum.GetValues<Concern>().Where(_ => random.Next(4) == 0),
            Enum.GetValues<RedFlag>().Where(_ => random.Next(8) == 0));
        var items = PartialScenario.From(full).Items.ToArray();
        var forget = Item.All.OrderBy(_ => random.Next()).Take(random.Next(1, maxUnknown + 1)).ToList();
        foreach (var item in forget)
        {
            items[item.Index] = ItemState.Unknown(item);

            // Now and then a red flag is known only in part: one of its states ruled out.
            if (item.IsFlag && random.Next(3) == 0)
            {
                items[item.Index] = ItemState.Discrete(7UL & ~(1UL << random.Next(3)));
            }
        }

        RandomPartialSource = PartialScenario.FromItems(items);
        return RandomPartialSource;
    }

    private static InterviewPolicy RandomPolicy(Random random)
    {
        string Pick(params object[] items) => Convert.ToString(items[random.Next(items.Length)], CultureInfo.InvariantCulture)!;
        var disabled = random.Next(3) == 0 ? Pick("low-cost", "plan-b", "networking", "untrustworthy-people") : null;
        var custom = string.Empty;
        if (random.Next(2) == 0)
        {
            var leaf = Pick(
                "{ \"fact\": \"opportunity.travelHours\", \"op\": \"greaterThan\", \"value\": 6 }",
                "{ \"fact\": \"candidate.yearsOfExperience\", \"op\": \"lessThanOrEqual\", \"value\": 2 }",
                "{ \"fact\": \"opportunity.totalHours\", \"op\": \"greaterThanOrEqual\", \"value\": 10 }",
                "{ \"fact\": \"opportunity.interviewer\", \"op\": \"equals\", \"value\": \"executive\" }",
                "{ \"fact\": \"opportunity.industry\", \"op\": \"equals\", \"value\": \"finance\" }",
                "{ \"fact\": \"concerns\", \"op\": \"contains\", \"value\": \"tooBusy\" }");
            custom = $$"""
                , "customRules": [ { "id": "house-rule", "kind": "cost", "effect": "{{Pick("accept", "decline")}}", "weight": {{Pick(1, 2, 4)}}, "veto": {{(random.Next(6) == 0 ? "true" : "false")}},
                    "title": "A house rule", "explanation": "Because.", "source": "house policy", "when": { "all": [ {{leaf}} ] } } ]
                """;
        }

        var json = $$"""
            { "name": "generated", "version": "1.0.0", "threshold": {{Pick(-1, 0, 0.5, 1, 2)}}, "aggregation": "{{Pick("weightedSumWithVeto", "weightedSumWithVeto", "strongestFinding")}}",
              "rules": {
                "need-practice": { "weight": {{Pick(0, 1, 2, 3)}}, "yearsOfExperienceBelow": {{Pick(1, 2, 3, 5)}}, "interviewsInLastYearBelow": {{Pick(0, 1, 2, 4)}} },
                "plan-b": { "weight": {{Pick(0.5, 2, 3)}}, "otherOpportunitiesBelow": {{Pick(0, 1, 3, 5)}} {{(disabled == "plan-b" ? ", \"enabled\": false" : string.Empty)}} },
                "low-cost": { "cheapWeight": {{Pick(0, 0.5, 1)}}, "expensiveWeight": {{Pick(1, 3, 5)}}, "cheapTravelHoursAtMost": {{Pick(0, 0.5, 1, 2)}}, "expensiveHoursAbove": {{Pick(4, 6, 8, 12)}} {{(disabled == "low-cost" ? ", \"enabled\": false" : string.Empty)}} },
                "networking": { "weight": {{Pick(0, 1, 2)}} {{(disabled == "networking" ? ", \"enabled\": false" : string.Empty)}} },
                "concrete-red-flags": { "weightPerFlag": {{Pick(1, 3)}} }
                {{(disabled == "untrustworthy-people" ? ", \"untrustworthy-people\": { \"enabled\": false }" : string.Empty)}}
              }{{custom}} }
            """;
        return InterviewJson.ReadPolicy(json);
    }
}
