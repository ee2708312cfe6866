using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Policies;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// Generates scenarios for an operator with no corpus yet: together they put every number fact on each side of each
/// threshold the policy compares it with (and on the threshold itself), every other fact through its values, and the
/// rest at random from a seed, so the same seed gives the same scenarios.
/// </summary>
public static class PolicySamples
{
    /// <summary>Generates scenarios for a policy.</summary>
    /// <param name="policy">The policy whose thresholds the scenarios straddle.</param>
    /// <param name="count">How many scenarios; every threshold side is reached once <paramref name="count"/> is at least <see cref="Needed"/>.</param>
    /// <param name="seed">The seed of the random part.</param>
    /// <returns>The scenarios, generated as they are enumerated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<InterviewScenario> Generate(InterviewPolicy policy, long count, int seed)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Run(Plan.Of(policy), count, seed);
    }

    /// <summary>Gets how many scenarios it takes to put every fact on each side of each of the policy's thresholds.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The number of scenarios.</returns>
    public static int Needed(InterviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Plan.Of(policy).Needed;
    }

    /// <summary>Writes a scenario as one line of JSON Lines (no newline at the end), every optional field written out.</summary>
    internal static string ToJsonLine(InterviewScenario scenario) => Json.ScenarioWriter.Write(scenario, LineOptions).TrimEnd('\n');

    private static readonly System.Text.Json.JsonSerializerOptions LineOptions = new() { WriteIndented = false };

    private static IEnumerable<InterviewScenario> Run(Plan plan, long count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0L; i < count; i++)
        {
            yield return One(plan, random, i);
        }
    }

    private static InterviewScenario One(Plan plan, Random random, long i)
    {
        var cycle = i < plan.Needed;
        var k = (int)(i % int.MaxValue);
        double Pick(FactDefinition fact)
        {
            var values = plan.Values[fact];
            return cycle ? values[k % values.Count] : random.Next(4) == 0 ? Uniform(random, fact) : values[random.Next(values.Count)];
        }

        var years = Pick(Facts.YearsOfExperience);
        var interviews = (int)Pick(Facts.InterviewsInLastYear);
        var others = (int)Pick(Facts.OtherOpportunities);
        var travel = Pick(Facts.TravelHours);
        var duration = Pick(Facts.DurationHours);
        if (cycle && k >= plan.OwnValues && k - plan.OwnValues < plan.Totals.Count)
        {
            // A threshold on the sum: split each total around it between the trip and the interview.
            var total = plan.Totals[k - plan.OwnValues];
            travel = Math.Min(100, total / 2);
            duration = total - travel;
        }

        var looking = cycle ? k % 2 == 0 : random.Next(2) == 0;
        var interviewer = (InterviewerRole)(cycle ? k % 6 : random.Next(6));
        var format = (InterviewFormat)(cycle ? k % 3 : random.Next(3));
        var industry = plan.Industries[cycle ? k % plan.Industries.Count : random.Next(plan.Industries.Count)];
        var concerns = Enum.GetValues<Concern>().Where((_, c) => cycle ? ((k >> c) & 1) == 1 : random.Next(4) == 0).ToList();
        var flags = new List<RedFlag>();
        var rumours = new List<RedFlag>();
        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            // Each flag in turn as a red flag, then as a rumour, during the cycle; now and then at random after it.
            var state = cycle ? (k % 11 == 1 + (int)flag ? 1 : k % 11 == 6 + (int)flag ? 2 : 0) : random.Next(8) switch { 0 => 1, 1 => 2, _ => 0 };
            (state == 1 ? flags : state == 2 ? rumours : null)?.Add(flag);
        }

        return new InterviewScenario(
            new Candidate(years, interviews, looking, others),
            new Opportunity(interviewer, format, travel, duration, industry),
            concerns,
            flags,
            rumours);
    }

    private static double Uniform(Random random, FactDefinition fact)
    {
        var limits = fact.Limits!;
        var high = Math.Min(limits.Max, 40);
        if (limits.Integer)
        {
            return random.Next((int)limits.Min, (int)high + 1);
        }

        var value = Math.Round(limits.Min + (random.NextDouble() * (high - limits.Min)), 1);
        return limits.MinExclusive && value <= limits.Min ? limits.Min + 0.5 : value;
    }

    private sealed class Plan
    {
        public required Dictionary<FactDefinition, List<double>> Values { get; init; }

        public required List<double> Totals { get; init; }

        public required List<string?> Industries { get; init; }

        public int OwnValues => Math.Max(Math.Max(Values.Values.Max(v => v.Count), 2 * 11), 1 << 7);

        public int Needed => OwnValues + Totals.Count;

        public static Plan Of(InterviewPolicy policy)
        {
            var (enabled, disabled) = PolicyThreshold.Of(policy);
            var thresholds = enabled.Concat(disabled).ToList();
            FactDefinition[] own = [Facts.YearsOfExperience, Facts.InterviewsInLastYear, Facts.OtherOpportunities, Facts.TravelHours, Facts.DurationHours];
            var values = own.ToDictionary(f => f, f => Around(f.Limits!, thresholds.Where(t => ReferenceEquals(t.Fact, f)).Select(t => t.Value)));
            var totals = new List<double>();
            foreach (var t in thresholds.Where(t => ReferenceEquals(t.Fact, Facts.TotalHours)))
            {
                totals.AddRange(new[] { t.Value - 0.5, t.Value, t.Value + 0.5 }.Where(v => v > 0 && v <= 200 && !totals.Contains(v)));
            }

            var texts = policy.CustomRuleDefinitions.SelectMany(c => new Assessing.RuleModel(c.CreateRule(), 0, 0).Texts).Distinct(StringComparer.Ordinal);
            List<string?> industries = [null, "software", .. texts];
            return new Plan { Values = values, Totals = totals, Industries = industries };
        }

        // The ends of the fact's range, and each threshold with a value just under and just over it, where allowed.
        private static List<double> Around(ScenarioContract.NumberSpec limits, IEnumerable<double> thresholds)
        {
            var low = limits.MinExclusive ? limits.Min + (limits.Integer ? 1 : 0.5) : limits.Min;
            var values = new List<double> { low, Math.Min(limits.Max, low + 10) };
            foreach (var t in thresholds)
            {
                double[] near = limits.Integer ? [Math.Floor(t) - 1, Math.Floor(t), Math.Ceiling(t), Math.Ceiling(t) + 1] : [t - 0.5, t, t + 0.5];
                values.AddRange(near);
            }

            return [.. values.Where(v => v >= limits.Min && v <= limits.Max && !(limits.MinExclusive && v == limits.Min)).Distinct()];
        }
    }
}
