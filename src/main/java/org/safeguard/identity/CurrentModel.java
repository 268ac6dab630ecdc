package org.safeguard.identity;

import java.util.Optional;

import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.store.LinkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The newest stored linkage model, parsed once per version (another node may store a newer one). A model
 * this version of the code cannot read counts as none: intake offers no matches until one is trained.
 */
@Component
class CurrentModel {

    private static final Logger log = LoggerFactory.getLogger(CurrentModel.class);

    private final LinkStore store;
    private volatile LinkageModel cached;

    CurrentModel(LinkStore store) {
        this.store = store;
    }

    Optional<LinkageModel> get() {
        Optional<Integer> latest = store.latestModelVersion();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        LinkageModel model = cached;
        if (model == null || model.version() != latest.get()) {
            try {
                model = LinkageModel.fromJson(store.model(latest.get()).orElseThrow()).withVersion(latest.get());
            } catch (IllegalArgumentException unreadable) {
                // A model written by an older way of comparing: as if none, until the next run trains one.
                log.warn("Linkage model {} cannot be used ({}); the next linkage run trains a new one", latest.get(),
                        unreadable.getMessage());
                return Optional.empty();
            }
            cached = model;
        }
        return Optional.of(model);
    }
}
