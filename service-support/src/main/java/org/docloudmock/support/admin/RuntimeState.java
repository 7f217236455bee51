package org.docloudmock.support.admin;

/**
 * State a service builds up while it runs (peers, contents registered through the admin API, ...).
 * {@code POST /admin/reset} calls every such bean; configured and seed-folder data stay.
 */
public interface RuntimeState {

    void reset();
}
