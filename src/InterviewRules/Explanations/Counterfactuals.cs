using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Explanations;

/// <summary>
/// What would change the advice, in either direction: for an accept, the smallest changes that would make it a
/// decline (a red flag turning up, a rumour confirmed, a long trip); for a decline, what would make it an accept (a
/// video call, a shorter trip, a rumour that proves baseless). Each edit is either a step the candidate can take
/// about this interview or a circumstance that would have to change, and is said that way. The search is bounded:
/// every single edit of the catalogue, then every pair of edits that touch different parts of the scenario (a few
/// hundred evaluations at most, never an exponential search), through the allocation-free
/// <see cref="InterviewAdvisor.Score(InterviewScenario)"/>. An edit is only offered when it moves the answer toward
/// the flip (the score, or a veto); picks are cheapest first, then single edits before pairs, then catalogue order,
/// and differ in the kind of change where the catalogue allows.
/// </summary>
/// <remarks>
/// The catalogue, with costs. Steps: ask for a video call (1); get the trip down to an hour there and back (2); set
/// aside a voiced concern, each of which the article rebuts (1); check a rumour and find it true (2) or baseless (2).
/// Circumstances: a red flag turns up, learned in detail (2); the interview needs a full day of travel (2); what is
/// known of a red flag proves wrong (3), or of all of them, when there are more than two (3); three more opportunities in play (2); start or stop looking (3).
/// </remarks>
internal static class Counterfactuals
{
    /// <summary>The most counterfactuals returned.</summary>
    public const int MaxResults = 3;

    /// <summary>The round trip, in hours, of the "full day of travel" edit.</summary>
    private const double LongTripHours = 8;

    /// <summary>Gets what renderers say when no catalogued change flips the decision, in a culture's language (see <see cref="Localization.Languages"/>).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>The sentence.</returns>
    public static string GetNoneText(CultureInfo? culture) => Localization.Texts.Get("counterfactual.none", culture);

    /// <summary>Lists the catalogue's edits that apply to a scenario (those that change something), in catalogue order.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The applicable edits.</returns>
    public static IReadOnlyList<ScenarioEdit> Catalogue(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var o = scenario.Opportunity;
        var c = scenario.Candidate;
        var edits = new List<ScenarioEdit>();
        if (o.Format != InterviewFormat.Video || o.TravelHours > 0)
        {
            edits.Add(new("video", Verdict.Accept, true, "trip", "trip", 1, "edit.video", s => s.With(opportunity: Trip(s.Opportunity, InterviewFormat.Video, 0))));
        }

        if (o.TravelHours > 1)
        {
            edits.Add(new("shorter-trip", Verdict.Accept, true, "trip", "trip", 2, "edit.shorter-trip", s => s.With(opportunity: Trip(s.Opportunity, s.Opportunity.Format, 1))));
        }

        foreach (var concern in scenario.Concerns)
        {
            var name = Facts.ConcernNames.Of(concern);
            edits.Add(new($"drop:{name}", Verdict.Accept, true, "concern", $"concern:{name}", 1, "edit.drop", s => s.With(concerns: s.Concerns.Where(x => x != concern).ToArray()), name, Phrases.Concern));
        }

        foreach (var rumour in scenario.Rumours)
        {
            var name = Facts.RedFlagNames.Of(rumour);
            edits.Add(new($"confirm:{name}", Verdict.Decline, true, "rumour", $"flag:{name}", 2, "edit.confirm", s => s.With(redFlags: [.. s.RedFlags, rumour], rumours: s.Rumours.Where(x => x != rumour).ToArray()), name, Phrases.RedFlag));
            edits.Add(new($"dismiss:{name}", Verdict.Accept, true, "rumour", $"flag:{name}", 2, "edit.dismiss", s => s.With(rumours: s.Rumours.Where(x => x != rumour).ToArray()), name, Phrases.RedFlag));
        }

        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            if (!scenario.Has(flag) && !scenario.HasRumour(flag))
            {
                var name = Facts.RedFlagNames.Of(flag);
                edits.Add(new($"red-flag:{name}", Verdict.Decline, false, "redFlag", $"flag:{name}", 2, "edit.red-flag", s => s.With(redFlags: [.. s.RedFlags, flag]), name, Phrases.RedFlag));
            }
        }

        if (o.Format != InterviewFormat.OnSite || o.TravelHours < LongTripHours)
        {
            edits.Add(new("long-trip", Verdict.Decline, false, "trip", "trip", 2, "edit.long-trip", s => s.With(opportunity: Trip(s.Opportunity, InterviewFormat.OnSite, Math.Max(LongTripHours, s.Opportunity.TravelHours)))));
        }

        foreach (var flag in scenario.RedFlags)
        {
            var name = Facts.RedFlagNames.Of(flag);
            edits.Add(new($"unfounded:{name}", Verdict.Accept, false, "redFlag", $"flag:{name}", 3, "edit.unfounded", s => s.With(redFlags: s.RedFlags.Where(x => x != flag).ToArray()), name, Phrases.RedFlag));
        }

        if (scenario.RedFlags.Count > 2)
        {
            // One picture made of several flags can prove wrong as a whole (it came from one source); pairs could not reach it.
            edits.Add(new("unfounded:all", Verdict.Accept, false, "redFlag", "flags", 3, "edit.unfounded-all", s => s.With(redFlags: [])));
        }

        // Three more offers, while the fact table's limit allows them.
        const int MoreOffers = 3;
        if (c.OtherOpportunities + MoreOffers <= Facts.OtherOpportunities.Limits!.Max)
        {
            edits.Add(new("more-opportunities", null, false, "offers", "offers", 2, "edit.more-opportunities", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, s.Candidate.ActivelyLooking, s.Candidate.OtherOpportunities + MoreOffers))));
        }

        edits.Add(c.ActivelyLooking
            ? new("stop-looking", null, false, "looking", "looking", 3, "edit.stop-looking", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, false, s.Candidate.OtherOpportunities)))
            : new("start-looking", null, false, "looking", "looking", 3, "edit.start-looking", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, true, s.Candidate.OtherOpportunities))));
        return edits;
    }

    /// <summary>Finds up to three counterfactuals that flip the advisor's decision on a scenario.</summary>
    /// <param name="advisor">The advisor whose decision is to flip.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>Up to three; empty when no catalogued edit, alone or paired, flips the decision.</returns>
    public static IReadOnlyList<Counterfactual> Find(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(scenario);
        var original = advisor.Score(scenario);
        var toAccept = original.Decision != Verdict.Accept;

        // An edit is worth offering only if it argues for the flip (a concern set aside never argues for a decline)
        // and, alone, moves the answer toward it: the score toward the other side, or a veto lifted (toward accept)
        // or raised (toward decline). The others never appear, alone or paired.
        var edits = new List<ScenarioEdit>();
        var alone = new List<ScoreResult>();
        var target = toAccept ? Verdict.Accept : Verdict.Decline;
        foreach (var edit in Catalogue(scenario))
        {
            if (edit.Toward is { } toward && toward != target)
            {
                continue;
            }

            var result = advisor.Score(edit.Apply(scenario));
            var moves = toAccept
                ? result.Score > original.Score || (original.IsVetoed && !result.IsVetoed)
                : result.Score < original.Score || (!original.IsVetoed && result.IsVetoed);
            var against = toAccept ? result.Score < original.Score || (!original.IsVetoed && result.IsVetoed) : result.Score > original.Score || (original.IsVetoed && !result.IsVetoed);
            if (moves && !against)
            {
                edits.Add(edit);
                alone.Add(result);
            }
        }

        var candidates = new List<(ScenarioEdit[] Edits, int Cost, int Order, ScoreResult Result)>();
        var order = 0;
        for (var i = 0; i < edits.Count; i++, order++)
        {
            if (alone[i].Decision != original.Decision)
            {
                candidates.Add(([edits[i]], edits[i].Cost, order, alone[i]));
            }
        }

        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                // A pair is worth reporting only if neither edit flips the decision alone, and it edits two different things.
                if (edits[i].Touches == edits[j].Touches || alone[i].Decision != original.Decision || alone[j].Decision != original.Decision)
                {
                    continue;
                }

                var result = advisor.Score(edits[j].Apply(edits[i].Apply(scenario)));
                if (result.Decision != original.Decision)
                {
                    candidates.Add(([edits[i], edits[j]], edits[i].Cost + edits[j].Cost, order, result));
                }

                order++;
            }
        }

        var ranked = candidates.OrderBy(c => c.Cost).ThenBy(c => c.Edits.Length).ThenBy(c => c.Order).ToList();
        var picked = Diverse(ranked, c => c.Edits);
        var before = advisor.RecommendUnobserved(scenario);
        return ReadOnlyArray<Counterfactual>.Own(picked
            .Select(c =>
            {
                var edited = c.Edits.Aggregate(scenario, (s, e) => e.Apply(s));
                return new Counterfactual(ReadOnlyArray<ScenarioEdit>.Own(c.Edits), c.Cost, c.Result.Decision, c.Result.Score, c.Result.IsVetoed, ReadOnlyArray<string>.Own(Changed(before, advisor.RecommendUnobserved(edited))), edited);
            })
            .ToArray());
    }

    /// <summary>
    /// Picks up to <see cref="MaxResults"/> in rank order, first those that bring a kind of change not yet picked,
    /// then, if places remain, the best of the rest with at most two of a kind: three red flags that would each turn
    /// an accept are one answer, not three.
    /// </summary>
    private static List<T> Diverse<T>(List<T> ranked, Func<T, ScenarioEdit[]> edits)
    {
        var picked = new List<T>(MaxResults);
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in ranked)
        {
            if (picked.Count < MaxResults && edits(candidate).All(e => !families.Contains(e.Family)))
            {
                picked.Add(candidate);
                foreach (var edit in edits(candidate))
                {
                    families.Add(edit.Family);
                }
            }
        }

        // Then, if places remain, the best of the rest, at most two picks of one kind: a third red flag says nothing new.
        foreach (var candidate in ranked)
        {
            if (picked.Count < MaxResults && !picked.Contains(candidate) && edits(candidate).All(e => picked.Count(p => edits(p).Any(x => x.Family == e.Family)) < 2))
            {
                picked.Add(candidate);
            }
        }

        // Back in rank order, so the cheapest still comes first.
        return [.. picked.OrderBy(ranked.IndexOf)];
    }

    private static Opportunity Trip(Opportunity o, InterviewFormat format, double travelHours) =>
        new(o.Interviewer, format, travelHours, o.DurationHours, o.Industry);

    private static string[] Changed(Recommendation before, Recommendation after)
    {
        var ids = before.FiredRuleIds.Union(after.FiredRuleIds, StringComparer.Ordinal);
        return ids
            .Where(id => before.FindingFor(id)?.Weight != after.FindingFor(id)?.Weight || before.Fired(id) != after.Fired(id))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
