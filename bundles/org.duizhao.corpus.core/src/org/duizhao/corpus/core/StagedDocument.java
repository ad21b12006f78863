package org.duizhao.corpus.core;

import java.nio.file.Path;

/** A complete document folder waiting in the staging area to be moved into the project. */
record StagedDocument(Path folder, Document document) {
}
