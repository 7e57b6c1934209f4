package org.haven.platform.ratelimit;

/** The kinds of bucket, each with its configuration key and a prefix that keeps keys apart. */
public enum RateClass {
  /** Every authenticated API call, per account. */
  API_ACCOUNT("haven.ratelimit.api.per-account", "acct"),
  /** Every API call, per client address. */
  API_ADDRESS("haven.ratelimit.api.per-address", "addr"),
  /** Sign-in attempts against one username, successful or not. */
  AUTH_USERNAME("haven.ratelimit.auth.per-username", "user"),
  /** Registrations and sign-in attempts from one client address. */
  AUTH_ADDRESS("haven.ratelimit.auth.per-address", "auth-addr"),
  /** Calls that reach the language model, per account. */
  LLM_ACCOUNT("haven.ratelimit.llm.per-account", "llm");

  private final String configKey;
  private final String prefix;

  RateClass(String configKey, String prefix) {
    this.configKey = configKey;
    this.prefix = prefix;
  }

  public String configKey() {
    return configKey;
  }

  String bucketKey(String key) {
    return prefix + ":" + key;
  }
}
