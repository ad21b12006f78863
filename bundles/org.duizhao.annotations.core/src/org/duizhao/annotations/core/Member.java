package org.duizhao.annotations.core;

/**
 * A member of a shared project.
 *
 * @param login the PostgreSQL login role, also the coder name on the member's annotations
 * @param role what the member may do
 */
public record Member(String login, ProjectRole role) {
}
