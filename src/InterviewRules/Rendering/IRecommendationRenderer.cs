using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Explanations;

namespace InterviewRules.Rendering;

/// <summary>Turns a recommendation, and optionally its counterfactuals, into text of one format. Implementations are stateless and thread-safe.</summary>
internal interface IRecommendationRenderer
{
    /// <summary>Gets the format's name (<c>text</c>, <c>markdown</c>, <c>json</c>).</summary>
    string Name { get; }

    /// <summary>Renders.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="counterfactuals">What would change it; <see langword="null"/> to leave that section out, empty to say plainly that nothing in the catalogue would.</param>
    /// <param name="culture">
    /// The language of the texts for people (see <see cref="Localization.Languages"/>): English for
    /// <see langword="null"/> and for any culture whose language does not ship. The thread's culture is never used.
    /// </param>
    /// <returns>The text.</returns>
    string Render(Recommendation recommendation, IReadOnlyList<Counterfactual>? counterfactuals = null, CultureInfo? culture = null);
}
