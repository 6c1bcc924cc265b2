"""A recipe's ingredient list stays beside the kept method, in the languages food blogs
are written in; lists of other numbers (specifications, prices, counts) are not taken
for one."""

from __future__ import annotations

import pytest

from cleanwire.cleaners._recipe import ingredient_lines

METHOD = "Mix everything in a bowl and bake for forty minutes until golden."

LISTS = {
    "en": ["Ingredients", "2 cups flour", "1 tsp baking soda", "3 large eggs",
           "1/2 cup milk", "Method"],
    "de": ["Zutaten für 4 Personen:", "500 g Kartoffeln", "2 EL Öl", "1 Zwiebel",
           "1 Prise Salz", "Zubereitung:"],
    "fr": ["Ingrédients :", "200 g de farine", "3 œufs", "2 cuillères à soupe de sucre",
           "1 pincée de sel", "Préparation :"],
    "es": ["Ingredientes", "300 g de arroz", "2 cucharadas de aceite", "1 cebolla",
           "1 pizca de sal", "Preparación"],
    "it": ["Ingredienti", "320 g di spaghetti", "2 spicchi d'aglio", "3 cucchiai di olio",
           "Procedimento"],
    "pl": ["Składniki:", "1 kg ziemniaków", "3 łyżki mąki", "1 łyżeczka soli", "2 jajka",
           "Przygotowanie:"],
    "nl": ["Ingrediënten", "250 g bloem", "2 eetlepels suiker", "1 theelepel zout",
           "Bereiding"],
    "glued units": ["Zutaten", "250g Butter", "200g Zucker", "1,5 kg Äpfel", "Zubereitung"],
}


@pytest.mark.parametrize("language", list(LISTS))
def test_an_ingredient_list_above_the_method_stays(language: str) -> None:
    lines = [*LISTS[language], METHOD]
    keep = [False] * (len(lines) - 1) + [True]
    assert ingredient_lines(lines, keep) == list(range(len(lines) - 1))


def test_an_ingredient_list_under_its_kept_introduction_stays() -> None:
    lines = [METHOD, "Ingredients", "2 cups flour", "1 tsp salt", "3 tbsp butter", "Footer"]
    keep = [True, False, False, False, False, False]
    assert ingredient_lines(lines, keep) == [1, 2, 3, 4]


NOT_LISTS = {
    "specifications": ["Weight", "56g", "Battery", "95 hours", "Polling rate", "8,000Hz"],
    "product sizes": ["12oz | 354ml $49.95", "16oz • 473ml • XL $54.95", "17oz $39.95"],
    "counts": ["3 comments", "12 shares", "5 min read", "2 replies"],
    "two measured lines": ["2 cups flour", "1 tsp salt", "Related posts", "Home"],
}


@pytest.mark.parametrize("name", list(NOT_LISTS))
def test_other_numbered_lines_are_no_ingredient_list(name: str) -> None:
    lines = [*NOT_LISTS[name], METHOD]
    assert ingredient_lines(lines, [False] * (len(lines) - 1) + [True]) == []


def test_a_list_far_from_the_kept_text_is_left_to_the_classifier() -> None:
    lines = ["Ingredients", "2 cups flour", "1 tsp salt", "3 tbsp butter",
             "Shop", "Recipes", "About us", METHOD]
    assert ingredient_lines(lines, [False] * 7 + [True]) == []
