using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>
/// The advice that goes with the decision itself, so that no answer leaves the candidate without a next step: for
/// an accept, how to use the interview (and, despite red flags known in detail, to ask about them); for a decline,
/// how to decline it (the article's etiquette for turning down an offer: reply, thank them, never go silent, and
/// point them to someone else unless the employer's people are the reason) and, after a veto or red flags known in
/// detail, what to do next.
/// </summary>
internal static class DecisionAdvice
{
    /// <summary>Adds the decision's advice to <paramref name="advice"/>, in the order a candidate would act on it.</summary>
    public static void Add(List<string> advice, Recommendation recommendation, CultureInfo? culture)
    {
        if (recommendation.Decision == Verdict.Accept)
        {
            if (recommendation.Fired(NeedPracticeRule.Id))
            {
                advice.Add(Texts.Get("advice.accept.practice", culture));
            }

            if (recommendation.Fired(ConcreteRedFlagsRule.Id))
            {
                advice.Add(Texts.Get("advice.accept.redFlags", culture));
            }

            advice.Add(Texts.Get("advice.accept.contact", culture));
            return;
        }

        advice.Add(Texts.Get("advice.decline.reply", culture));

        // Sending someone else to an employer declined for its people would be no favour to them.
        if (!recommendation.IsVetoed && !recommendation.Fired(ConcreteRedFlagsRule.Id))
        {
            advice.Add(Texts.Get("advice.decline.refer", culture));
        }

        if (recommendation.IsVetoed)
        {
            advice.Add(Texts.Get("advice.decline.veto", culture));
        }

        if (recommendation.Fired(ConcreteRedFlagsRule.Id))
        {
            advice.Add(Texts.Get("advice.decline.redFlags", culture));
        }
    }
}
