namespace InterviewRules.Tools;

internal enum ToolKind
{
    Evaluate,
    Rank,
    ListRules,
    WhatWouldChangeIt,
    Assess,
}
