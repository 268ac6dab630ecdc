package org.safeguard.identity;

import java.util.Optional;

import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.store.LinkStore;
import org.springframework.stereotype.Component;

/** The newest stored linkage model, parsed once per version (another node may store a newer one). */
@Component
class CurrentModel {

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
            model = LinkageModel.fromJson(store.model(latest.get()).orElseThrow()).withVersion(latest.get());
            cached = model;
        }
        return Optional.of(model);
    }
}
