package org.docloudmock.contentpolicy.catalog;

import java.util.List;

/** Where the contents registered through the admin API are kept between runs. */
public interface CatalogStore {

    /** Keeps nothing: the catalog lives as long as the process. */
    CatalogStore IN_MEMORY = new CatalogStore() {
        @Override
        public List<CatalogEntry> load() {
            return List.of();
        }

        @Override
        public void save(CatalogEntry content) {
        }

        @Override
        public void remove(String contentId) {
        }
    };

    List<CatalogEntry> load();

    /** Stores the content whole or not at all: a crash midway leaves the previous version. */
    void save(CatalogEntry content);

    void remove(String contentId);
}
