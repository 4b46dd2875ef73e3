package cn.county.reelection.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body of every {@code /api} answer (CONTRACT.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String rule, String field, String message) {}
