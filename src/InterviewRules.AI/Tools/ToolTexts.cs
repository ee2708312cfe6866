using System.Collections.Generic;
using System.Linq;
using InterviewRules.Localization;

namespace InterviewRules.Tools;

/// <summary>
/// The tools' descriptions, written for a model: when to call a tool, what each field means and how to map what a
/// person says to the scenario's closed vocabulary. Paraphrased; nothing here quotes the article.
/// </summary>
internal static class ToolTexts
{
    public const string Evaluate =
        "Decides whether a person should take a job interview they were invited to, and explains why, with rules drawn " +
        "from a recruiter's article on reasons to take the next interview. Call it when someone hesitates about an " +
        "interview or asks whether to go (\"should I even bother?\", \"I'm swamped\", \"I don't want that job anyway\"). " +
        "Fill `scenario` from what the person said; ask them for a required fact they did not give (years of experience, " +
        "interviews in the last year, whether they are job hunting, who interviews them and how) instead of guessing, or, " +
        "while facts are still missing, call assess_interview with what is known: it says whether they matter. The result has `recommendation` (decision accept or decline, score, findings with the evidence each read, advice) " +
        "and `markdown`, an answer you can show as it is. Set `counterfactuals` to true to also learn what would flip the " +
        "decision. Arguments that break the contract come back as an error listing each problem as `PATH: sentence`; " +
        "fix those fields (or ask the person) and call again.";

    public const string Rank =
        "Ranks several interview invitations of one person, best first. Call it when the person weighs two or more " +
        "invitations (\"which of these should I go to?\"). `invitations` holds one scenario per invitation, in the order " +
        "the person gave them; each ranked entry's `index` points back to that order. Order: invitations to accept " +
        "before those to decline, vetoed ones last, then higher score first, ties in the given order. Each entry carries " +
        "its first three reasons (rule id, effect, weight, title). Bad arguments come back as `PATH: sentence` lines " +
        "(`$.invitations[2].candidate.yearsOfExperience`).";

    public const string ListRules =
        "Lists the rules behind the advice: each rule's id (as findings name it), kind (reason, counterReason, exception, " +
        "cost), the article section it cites, whether this advisor applies it, and its title. Call it to explain what the " +
        "advice takes into account (\"how do you decide?\"); it needs no scenario.";

    public const string WhatWouldChangeIt =
        "Finds the cheapest changes that would flip the advice for a scenario: up to three, cheapest first (for example " +
        "asking for a video call, a shorter trip, setting aside a concern, learning a worry is unfounded, more offers), " +
        "or none when nothing catalogued flips it. Call it when the person pushes back (\"what would make you say " +
        "otherwise?\") or asks what they could do. Takes the same `scenario` as evaluate_interview. The result has the " +
        "current `decision` and `score`, and `counterfactuals`, each with its edits, cost, new decision and score, the " +
        "rules that change, and a `text` to show.";

    public const string Assess =
        "Decides whether a person should take a job interview from whatever is known so far, and says which question, " +
        "if any, is still worth asking. Use it in a conversation while facts are missing, instead of evaluate_interview: " +
        "call it with everything the person has said and leave out every field they have not told you (left out means " +
        "unknown, never guessed; null is refused). A plain array is the complete list (`[]` = none); a list the person " +
        "may not have finished goes as `{\"include\": [...], \"exclude\": [...]}` (named in, named out, the rest unknown). " +
        "The result has `assessment` (`status` settled, open or undetermined; `decision` when settled; `questions`, " +
        "ranked; the certain `findings`; `summary`) and `markdown`, the answer so far to show as it is. When `status` is " +
        "settled, answer with the summary (or the markdown) and ask nothing more. Otherwise put the first of `questions` " +
        "to the person, in your own words and their language, one question at a time; never ask anything that is not in " +
        "`questions`: nothing else can change the answer. Add their answer to the scenario and call again. When there is " +
        "no question left to ask, tell them the summary. Arguments that break the contract come back as an error listing " +
        "each problem as `PATH: sentence` (`$.scenario.candidate.yearsOfExperience`); fix those fields and call again.";

    /// <summary>The sentence added to evaluate_interview's error when every problem is a required fact left out.</summary>
    public const string MissingFactsPointer =
        "$.scenario: required facts are missing; if the person has not said them, call assess_interview with what is known instead: it answers when that settles it, or names the one question worth asking.";

    public const string ScenarioField =
        "The interview situation in a closed vocabulary. Map what the person says to these fields; never invent a " +
        "fact: ask for a required one. Leave out optional fields the person did not mention.";

    public const string PartialScenarioField =
        "What is known of the interview situation so far, in the scenario's closed vocabulary. Every field may be left " +
        "out, and left out means unknown: include only what the person said, never a default or a guess, never null. " +
        "Pass {} when nothing is known yet.";

    public const string InvitationsField =
        "One scenario per invitation (the same object as evaluate_interview's scenario), in the order the person gave them.";

    /// <summary>Gets the description of <c>language</c>, from the list of shipped languages.</summary>
    public static string LanguageField
    {
        get
        {
            var languages = Languages.All;
            var named = languages.Select(l => $"{l.Code} ({l.EnglishName})").ToArray();
            var choices = named.Length == 1 ? named[0] : $"{string.Join(", ", named[..^1])} or {named[^1]}";
            return $"The language of the texts for people (titles, explanations, advice, Markdown): {choices}. " +
                string.Concat(languages.Skip(1).Select(l => $"Use {l.Code} when the person writes in {l.EnglishName}. ")) +
                $"A regional tag ({Languages.English}-GB) is read as its language. Ids, names and numbers are the same in every language.";
        }
    }

    public const string CounterfactualsField =
        "true to also list what would change the advice (the cheapest changes that flip the decision). Default false.";

    public const string MarkdownField = "The answer as Markdown, in the language asked for: decision, why, advice.";

    public const string AssessmentMarkdownField =
        "The answer so far as Markdown, in the language asked for: the summary, the questions worth asking (best first) and the reasons that hold whatever the unknown facts are.";

    /// <summary>
    /// Descriptions by field path in the scenario, or in the partial scenario (<paramref name="partial"/>: no
    /// defaults, and lists that may be partial); a path the schema lacks is skipped.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> FieldDescriptions(bool hasRumours, bool partial = false)
    {
        const string PartialList =
            " A plain array is the complete list ([] when the person says there is none); when only some are known, " +
            "{\"include\": [the ones they said], \"exclude\": [the ones they ruled out]}; leave it out when nothing is known.";
        var list = partial ? PartialList : string.Empty;
        yield return ("candidate", "The person who was invited.");
        yield return ("candidate.yearsOfExperience", "Years of professional experience, 0 to 70; fractions allowed (1.5). Someone just out of school has 0.");
        yield return ("candidate.interviewsInLastYear", "How many job interviews they had in the last twelve months, a whole number. \"I haven't interviewed in years\" is 0.");
        yield return ("candidate.activelyLooking", "true when they are job hunting now (\"I need to get out of here\"); false when they are content where they are or only curious.");
        yield return ("candidate.otherOpportunities", partial
            ? "How many other offers or interview processes they have going; 0 when they say there are none."
            : "How many other offers or interview processes they have going; 0 (the default) when none.");
        yield return ("opportunity", "The interview they were invited to.");
        yield return ("opportunity.interviewer", "Who conducts the interview: recruiter (agency or in-house), hiringManager (the future boss), departmentHead, executive (C-level, a founder), peer (a future colleague), unknown (not said).");
        yield return ("opportunity.format", "How it takes place: video (a video call), phone, onSite (in person).");
        yield return ("opportunity.travelHours", "Round-trip travel time in hours, 0 to 100; 0 for video and phone." + (partial ? string.Empty : " Default 0."));
        yield return ("opportunity.durationHours", "How long the interview itself lasts, in hours: more than 0, at most 100." + (partial ? string.Empty : " Default 1."));
        yield return ("opportunity.industry", "The employer's industry in a few words (\"finance\"), when the person names it.");
        yield return ("concerns", "Why the person hesitates, each name at most once: notInterested (\"I don't even want that job\"), " +
            "wrongIndustry (\"I don't want to work in finance\"), vagueBadFeeling (\"something feels off\"" +
            (hasRumours ? ")" : "; also hearsay such as \"I heard they churn people\": a rumour is not a red flag)") +
            ", fearOfLeadingOn (\"it would be rude to interview and then say no\"), tooBusy (\"I'm swamped at work\"), " +
            "fearOfRejection (\"I can't face another rejection\"), waitingOnFirstChoice (\"I'm waiting to hear from my dream company\")." + list);
        yield return ("redFlags", "Only what the person knows in detail, first-hand or from people who worked there: negativeManagement " +
            "(\"a friend's manager there belittles everyone\"), leadershipConflict (the leaders openly fight), highTurnover " +
            "(\"three people from that team quit this year\"), hostileCulture, untrustworthyLeadership (leaders with a proven " +
            "record of dishonesty; this alone vetoes). " +
            (hasRumours ? "What they only heard goes in rumours." : "What they only heard is not a red flag: use concerns: vagueBadFeeling.") + list);
        if (hasRumours)
        {
            yield return ("rumours", "What the person has only heard, with the same names as redFlags: \"I heard they churn people\" is highTurnover here. " +
                "A name may not be in both lists. Rumours never veto; they are a reason to go and ask." + list);
        }
    }
}
