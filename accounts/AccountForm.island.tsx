'use client'

import { useActionState } from 'react'

import { EMPTY_FORM, type FormState } from '@/accounts/formState'

type FormField = {
  name: string
  label: string
  type: 'text' | 'email' | 'password'
  autoComplete: string
  hint?: string
}

type Props = {
  action: (previous: FormState, data: FormData) => Promise<FormState>
  fields?: FormField[]
  hidden?: Record<string, string>
  submitLabel: string
  // `danger` for what cannot be undone: outlined, so it never passes for the primary Subscribe.
  tone?: 'primary' | 'danger'
  pendingLabel?: string
}

// Works without JavaScript; with it, errors appear without a reload. The form keeps what was typed.
export function AccountForm({ action, fields = [], hidden = {}, submitLabel, pendingLabel, tone = 'primary' }: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM)
  return (
    <form action={formAction} className="account-form" noValidate>
      {state.notice && (
        <p className="form-success" role="status">
          {state.notice}
        </p>
      )}
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {fields.map((field) => {
        const error = state.fieldErrors?.[field.name]
        const describedBy = [field.hint && `${field.name}-hint`, error && `${field.name}-error`].filter(Boolean).join(' ')
        return (
          <div className="field" key={field.name}>
            <label htmlFor={field.name}>{field.label}</label>
            {field.hint && (
              <p className="field-hint" id={`${field.name}-hint`}>
                {field.hint}
              </p>
            )}
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              defaultValue={field.type === 'password' ? undefined : state.values?.[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              required
            />
            {error && (
              <p className="field-error" id={`${field.name}-error`}>
                {error}
              </p>
            )}
          </div>
        )
      })}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className={tone === 'danger' ? 'button button-danger' : 'button'} type="submit" disabled={pending}>
        {pending ? (pendingLabel ?? submitLabel) : submitLabel}
      </button>
    </form>
  )
}
