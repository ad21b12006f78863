package org.duizhao.corpus.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A document's metadata in the Properties view: descriptive fields editable (each edit saved in
 * the background, see {@link MetadataEdit}, and undoable with Ctrl+Z), text facts read-only.
 */
final class DocumentPropertySource implements IPropertySource {

	private enum Fact {
		ID, VERSION, SCRIPT, ENCODING, CONFIDENCE, CHARACTERS, PARAGRAPHS
	}

	private final DocumentNode node;

	DocumentPropertySource(DocumentNode node) {
		this.node = node;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> list = new ArrayList<>();
		for (MetadataField f : MetadataField.values()) {
			TextPropertyDescriptor d = new TextPropertyDescriptor(f, f.label);
			d.setCategory(Messages.Properties_categoryDocument);
			list.add(d);
		}
		String[] labels = { Messages.Properties_id, Messages.Properties_version, Messages.Properties_script,
				Messages.Properties_encoding, Messages.Properties_confidence, Messages.Properties_characters,
				Messages.Properties_paragraphs };
		for (Fact f : Fact.values()) {
			PropertyDescriptor d = new PropertyDescriptor(f, labels[f.ordinal()]);
			d.setCategory(Messages.Properties_categoryText);
			list.add(d);
		}
		return list.toArray(new IPropertyDescriptor[0]);
	}

	private Document current() {
		Document latest = node.project().document(node.document().id()).orElse(null);
		return latest == null ? node.document() : latest;
	}

	@Override
	public Object getPropertyValue(Object id) {
		Document doc = current();
		if (id instanceof MetadataField f) {
			String v = value(doc, f);
			return v == null ? "" : v; //$NON-NLS-1$
		}
		DocumentVersion v = doc.current();
		return switch ((Fact) id) {
		case ID -> doc.id();
		case VERSION -> v.number() + " / " + doc.versions().size(); //$NON-NLS-1$
		case SCRIPT -> Messages.script(v.script());
		case ENCODING -> v.encoding() == null ? "" : v.encoding(); //$NON-NLS-1$
		case CONFIDENCE -> v.confidence() + "%"; //$NON-NLS-1$
		case CHARACTERS -> v.characters();
		case PARAGRAPHS -> v.paragraphs();
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing to reset to: every field has only the value the user gave
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		if (!(id instanceof MetadataField f)) {
			return;
		}
		Document doc = current();
		String before = value(doc, f);
		String text = value == null ? "" : value.toString().trim(); //$NON-NLS-1$
		String after = text.isEmpty() ? null : f.get.apply(f.set.apply(doc.metadata(), text));
		if (!java.util.Objects.equals(before, after)) {
			MetadataEdit.execute(node.project(), doc.id(), f, before, after);
		}
	}

	/** @return the field's value being saved, else as read ({@code null}: empty) */
	private static String value(Document doc, MetadataField f) {
		String v = MetadataEdit.pending(doc.id(), f).map(p -> p.orElse(null)).orElseGet(() -> f.get.apply(doc.metadata()));
		return v == null || v.isEmpty() ? null : v;
	}
}
