using System.Globalization;

namespace InterviewRules.Tools;

/// <summary>What the tools share: the advisor and the language of a call that names none.</summary>
internal sealed record ToolContext(InterviewAdvisor Advisor, CultureInfo? DefaultCulture);
