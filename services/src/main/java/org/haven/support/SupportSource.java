package org.haven.support;

/**
 * Who wrote the support text: the vetted template, or the LLM (after the safety gate passed it).
 */
public enum SupportSource {
  TEMPLATE,
  LLM
}
